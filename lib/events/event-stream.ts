// One browser's live stream for one tenant: replay what it missed (Last-Event-ID), then forward what
// the process's listener hears, reading each row under RLS. Heartbeats keep proxies from closing an
// idle connection; a maximum lifetime makes clients reconnect now and then, re-checking access.
import { log } from "@/lib/log";
import type { EventHub } from "./event-hub";
import type { LiveEvent } from "./live-event";
import { readEventsAfter, readEventsByIds, type TenantRunner } from "./read-tenant-events";
import { sseComment, sseControl, sseEvent, sseRetry } from "./sse-format";

export const REPLAY_LIMIT = 500;

export type EventStreamOptions = {
  hub: EventHub;
  tenantId: string;
  /** Opens a transaction under RLS as the stream's user (withTenant in requests). */
  run: TenantRunner;
  lastEventId: number | null;
  signal: AbortSignal;
  heartbeatMs?: number;
  maxLifetimeMs?: number;
  replayLimit?: number;
};

const DEDUPE_WINDOW = 2000;

/**
 * Subscribes before replaying, so an event committed during the replay is not lost; ids already sent
 * by the replay are skipped when the live notification for them arrives. Resolves once subscribed:
 * a listener that cannot start fails here, before any response is sent.
 */
export async function openEventStream(options: EventStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const { hub, tenantId, run, signal } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxLifetimeMs = options.maxLifetimeMs ?? 30 * 60_000;
  const replayLimit = options.replayLimit ?? REPLAY_LIMIT;

  const sent = new Set<number>();
  let maxSent = options.lastEventId ?? 0;
  const pending = new Set<number>();
  let catchUp = false;
  let closed = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  // One read at a time, in order: replay first, then each batch of notifications.
  let work: Promise<void> = Promise.resolve();
  let scheduled = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let lifetime: ReturnType<typeof setTimeout> | undefined;

  const write = (chunk: Uint8Array) => {
    if (closed || !controller) return;
    try {
      controller.enqueue(chunk);
    } catch {
      close();
    }
  };

  const send = (events: LiveEvent[]) => {
    for (const event of events) {
      if (sent.has(event.id)) continue;
      sent.add(event.id);
      maxSent = Math.max(maxSent, event.id);
      write(sseEvent(event));
    }
    if (sent.size > DEDUPE_WINDOW) {
      // Sets iterate in insertion order: forget the oldest half.
      let drop = sent.size - DEDUPE_WINDOW / 2;
      for (const id of sent) {
        if (drop-- <= 0) break;
        sent.delete(id);
      }
    }
  };

  const enqueueWork = (task: () => Promise<void>) => {
    work = work.then(async () => {
      if (closed) return;
      try {
        await task();
      } catch (error) {
        // The client reconnects with its Last-Event-ID and misses nothing.
        log.error("event stream read failed", {
          tenantId,
          error: error instanceof Error ? error.message : String(error),
        });
        close();
      }
    });
  };

  const flush = () => {
    scheduled = false;
    enqueueWork(async () => {
      if (catchUp) {
        catchUp = false;
        pending.clear();
        const replay = await readEventsAfter(run, tenantId, maxSent, replayLimit);
        if (replay.truncated) write(sseControl("reset", { reason: "too_many_missed" }));
        send(replay.events);
        return;
      }
      const ids = [...pending].filter((id) => !sent.has(id));
      pending.clear();
      send(await readEventsByIds(run, tenantId, ids));
    });
  };

  const schedule = () => {
    if (scheduled || closed) return;
    scheduled = true;
    // Coalesce a burst of notifications into one read.
    setImmediate(flush);
  };

  const unsubscribe = await hub.subscribe(tenantId, {
    onEvent(eventId) {
      pending.add(eventId);
      schedule();
    },
    onResync() {
      catchUp = true;
      schedule();
    },
  });

  function close() {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    signal.removeEventListener("abort", close);
    try {
      controller?.close();
    } catch {
      // Already closed or errored by the runtime: nothing left to release.
    }
  }

  if (signal.aborted) {
    close();
  } else {
    signal.addEventListener("abort", close, { once: true });
  }

  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      if (closed) {
        c.close();
        return;
      }
      write(sseRetry(3000));
      write(sseComment("connected"));
      const lastEventId = options.lastEventId;
      enqueueWork(async () => {
        if (lastEventId !== null) {
          const replay = await readEventsAfter(run, tenantId, lastEventId, replayLimit);
          if (replay.truncated) write(sseControl("reset", { reason: "too_many_missed" }));
          send(replay.events);
        }
        write(sseControl("ready", { lastEventId: maxSent || null }));
      });
      heartbeat = setInterval(() => write(sseComment("ping")), heartbeatMs);
      lifetime = setTimeout(close, maxLifetimeMs);
    },
    cancel() {
      close();
    },
  });
}
