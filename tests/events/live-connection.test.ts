// The client's connection state machine with a fake EventSource and fake timers: live on open,
// one quick retry, then polling every 10 s until the stream is back, resuming from the last id.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connectLive, type EventSourceLike, type LiveStatus } from "@/lib/browser/live/live-connection";
import { createInvalidationBatcher, prefixesFor } from "@/lib/browser/live/live-invalidation";
import { keyStartsWith } from "@/lib/live/live-query-keys";

class FakeEventSource implements EventSourceLike {
  onopen: EventSourceLike["onopen"] = null;
  onerror: EventSourceLike["onerror"] = null;
  closed = false;
  listeners = new Map<string, ((ev: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (ev: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  open() {
    (this.onopen as unknown as () => void)?.();
  }
  fail() {
    (this.onerror as unknown as () => void)?.();
  }
  emit(type: string, data: unknown, lastEventId = "") {
    for (const l of this.listeners.get(type) ?? [])
      l({ data: JSON.stringify(data), lastEventId } as MessageEvent<string>);
  }
}

describe("live connection", () => {
  let sources: FakeEventSource[];
  let statuses: LiveStatus[];
  let polls: number;
  let resyncs: number;
  let events: unknown[];
  let connection: { close(): void };

  beforeEach(() => {
    vi.useFakeTimers();
    sources = [];
    statuses = [];
    polls = 0;
    resyncs = 0;
    events = [];
    connection = connectLive({
      url: (last) => `/api/events?tenant=t1${last ? `&lastEventId=${last}` : ""}`,
      onEvent: (e) => events.push(e),
      onResync: () => resyncs++,
      onPoll: () => polls++,
      onStatus: (s) => statuses.push(s),
      createEventSource: (url) => {
        const es = new FakeEventSource(url);
        sources.push(es);
        return es;
      },
      random: () => 1,
    });
  });
  afterEach(() => {
    connection.close();
    vi.useRealTimers();
  });

  it("is live once the stream opens and hands events over", () => {
    expect(statuses).toEqual(["reconnecting"]);
    sources[0].open();
    expect(statuses.at(-1)).toBe("live");
    sources[0].emit("message.created", { id: 5, kind: "message.created", conversationId: 7 }, "5");
    expect(events).toEqual([{ id: 5, kind: "message.created", conversationId: 7 }]);
  });

  it("retries once quickly, then polls every 10 s with backoff until the stream is back, resuming from the last id", () => {
    sources[0].open();
    sources[0].emit("message.created", { id: 42 }, "42");
    sources[0].fail();
    expect(sources[0].closed).toBe(true);
    expect(statuses.at(-1)).toBe("reconnecting");

    vi.advanceTimersByTime(1000);
    expect(sources).toHaveLength(2);
    expect(sources[1].url).toBe("/api/events?tenant=t1&lastEventId=42");
    sources[1].fail();
    expect(statuses.at(-1)).toBe("polling");

    vi.advanceTimersByTime(2000); // second backoff step
    expect(sources).toHaveLength(3);
    sources[2].fail();
    vi.advanceTimersByTime(20_000);
    expect(polls).toBeGreaterThanOrEqual(2);

    const latest = sources.at(-1) as FakeEventSource;
    latest.open();
    expect(statuses.at(-1)).toBe("live");
    const pollsWhenBack = polls;
    vi.advanceTimersByTime(60_000);
    expect(polls).toBe(pollsWhenBack);
    // It had an id to resume from: the server replays, no blanket refetch needed.
    expect(resyncs).toBe(0);
  });

  it("refetches everything when it comes back without an id to resume from, or when told to reset", () => {
    sources[0].fail();
    vi.advanceTimersByTime(1000);
    sources[1].open();
    expect(resyncs).toBe(1);
    sources[1].emit("reset", {});
    expect(resyncs).toBe(2);
  });

  it("stops everything on close", () => {
    sources[0].fail();
    connection.close();
    vi.advanceTimersByTime(120_000);
    expect(sources).toHaveLength(1);
    expect(polls).toBe(0);
  });
});

describe("cache invalidation", () => {
  const common = { chatwootEvent: "message_created", receivedAt: "2026-11-21T12:00:00.000Z" };

  it("marks the conversation's messages and the conversation lists stale on a message", () => {
    const prefixes = prefixesFor("t1", {
      ...common,
      id: 1,
      kind: "message.created",
      conversationId: 7,
      messageId: 3,
      messageType: "incoming",
      private: false,
      status: "sent",
      contentPreview: "Hola",
      senderName: null,
    });
    expect(prefixes).toEqual([
      ["tenants", "t1", "messages", 7],
      ["tenants", "t1", "conversations"],
    ]);
    const matches = keyStartsWith(prefixes[0]);
    expect(matches({ queryKey: ["tenants", "t1", "messages", "7", { before: 10 }] })).toBe(true);
    expect(matches({ queryKey: ["tenants", "t1", "messages", 8] })).toBe(false);
    expect(matches({ queryKey: ["tenants", "t2", "messages", 7] })).toBe(false);
  });

  it("invalidates each prefix once per burst", () => {
    vi.useFakeTimers();
    const calls: unknown[] = [];
    const batcher = createInvalidationBatcher((p) => calls.push(p), 100);
    for (let i = 0; i < 50; i++)
      batcher.add([
        ["tenants", "t1", "conversations"],
        ["tenants", "t1", "messages", i % 2],
      ]);
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(3);
    vi.useRealTimers();
  });
});
