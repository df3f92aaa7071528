// The browser side of GET /api/events without React: one EventSource at a time, reconnection with
// backoff (resuming from the last id seen), and polling while the stream is down. Framework-free so
// the state machine is testable with a fake EventSource and fake timers.
import { type LiveEvent, liveEventKinds } from "@/lib/events/live-event";

export type LiveStatus = "live" | "reconnecting" | "polling";

/** The part of EventSource used here. */
export type EventSourceLike = {
  onopen: ((this: never, ev: Event) => unknown) | null;
  onerror: ((this: never, ev: Event) => unknown) | null;
  addEventListener(type: string, listener: (ev: MessageEvent<string>) => void): void;
  close(): void;
};

export type LiveConnectionOptions = {
  url(lastEventId: string | null): string;
  onEvent(event: LiveEvent): void;
  /** Events may have been missed (a drop, or more than the server replays): refetch everything. */
  onResync(): void;
  /** Every pollMs while the stream is down. */
  onPoll(): void;
  onStatus(status: LiveStatus): void;
  createEventSource?: (url: string) => EventSourceLike;
  pollMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
};

export function connectLive(options: LiveConnectionOptions): { close(): void } {
  const create = options.createEventSource ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike);
  const pollMs = options.pollMs ?? 10_000;
  const initialBackoffMs = options.initialBackoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const random = options.random ?? Math.random;

  let source: EventSourceLike | null = null;
  let lastEventId: string | null = null;
  let failures = 0;
  let dropped = false;
  let stopped = false;
  let status: LiveStatus | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;

  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const startPolling = () => {
    if (pollTimer !== undefined) return;
    pollTimer = setInterval(() => options.onPoll(), pollMs);
  };
  const stopPolling = () => {
    clearInterval(pollTimer);
    pollTimer = undefined;
  };

  const onMessage = (ev: MessageEvent<string>) => {
    if (ev.lastEventId) lastEventId = ev.lastEventId;
    try {
      options.onEvent(JSON.parse(ev.data) as LiveEvent);
    } catch {
      // A frame we cannot read is not worth dropping the connection for; the next refetch covers it.
    }
  };

  function open() {
    if (stopped) return;
    const es = create(options.url(lastEventId));
    source = es;
    es.onopen = () => {
      if (source !== es) return;
      failures = 0;
      stopPolling();
      setStatus("live");
      // Replay covers what happened since lastEventId; without one (dropped before the first
      // event) only a refetch does.
      if (dropped && lastEventId === null) options.onResync();
      dropped = false;
    };
    es.onerror = () => {
      if (source !== es) return;
      // We reconnect ourselves: EventSource's own retry has no backoff and gives up on HTTP errors.
      es.close();
      source = null;
      dropped = true;
      failures += 1;
      // A single blip gets one quick retry; a stream that stays down falls back to polling.
      if (failures === 1) {
        setStatus("reconnecting");
      } else {
        setStatus("polling");
        startPolling();
      }
      const base = Math.min(maxBackoffMs, initialBackoffMs * 2 ** (failures - 1));
      retryTimer = setTimeout(open, base / 2 + (random() * base) / 2);
    };
    for (const kind of liveEventKinds) es.addEventListener(kind, onMessage);
    es.addEventListener("reset", () => options.onResync());
  }

  setStatus("reconnecting");
  open();

  return {
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      stopPolling();
      source?.close();
      source = null;
    },
  };
}
