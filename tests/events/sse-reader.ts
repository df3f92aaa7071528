// Reads Server-Sent Events frames from a byte stream (a ReadableStream or a fetch body) for tests:
// `next(match)` waits for the next frame that matches, `frames` keeps everything seen.

export type SseFrame = { id: string | null; event: string; data: string; json: Record<string, unknown> | null };

export class SseReader {
  readonly frames: SseFrame[] = [];
  /** Comment lines (": ping") seen: heartbeats. */
  readonly comments: string[] = [];
  private buffer = "";
  private cursor = 0;
  private waiters: (() => void)[] = [];
  private ended = false;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(stream: ReadableStream<Uint8Array>) {
    this.reader = stream.getReader();
    void this.pump();
  }

  get closed() {
    return this.ended;
  }

  /** Waits for the next unread frame satisfying match; frames skipped on the way stay in `frames`. */
  async next(match: (frame: SseFrame) => boolean = () => true, timeoutMs = 5000): Promise<SseFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.cursor < this.frames.length) {
        const frame = this.frames[this.cursor++];
        if (match(frame)) return frame;
      }
      if (this.ended) throw new Error("stream ended before a matching frame");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Events (frames with an id) that arrive within ms, without consuming them. */
  async eventsWithin(ms: number): Promise<SseFrame[]> {
    await new Promise((r) => setTimeout(r, ms));
    return this.frames.filter((f) => f.id !== null);
  }

  async cancel() {
    await this.reader.cancel().catch(() => {});
  }

  private async pump() {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await this.reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        this.parse();
      }
    } catch {
      // Cancelled or reset: same as the end of the stream for a test.
    }
    this.ended = true;
    this.wake();
  }

  private parse() {
    let end = this.buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let id: string | null = null;
      let event = "message";
      const data: string[] = [];
      let fields = 0;
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) this.comments.push(line.slice(1).trim());
        if (line.startsWith(":") || line === "") continue;
        const colon = line.indexOf(":");
        const name = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        fields++;
        if (name === "id") id = value;
        else if (name === "event") event = value;
        else if (name === "data") data.push(value);
      }
      if (fields > 0 && (data.length > 0 || id !== null)) {
        const text = data.join("\n");
        let json: Record<string, unknown> | null = null;
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          json = null;
        }
        this.frames.push({ id, event, data: text, json });
      }
      end = this.buffer.indexOf("\n\n");
    }
    this.wake();
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
