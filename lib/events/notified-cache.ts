// What the request path reads on every call and changes rarely, kept in this process: the tenants'
// decrypted connections (so a proxied request reads no integration row and decrypts nothing) and the
// memberships confirmed under RLS. Triggers (migration 20261208000000) notify every instance of each
// change on `hub_cache` on commit, naming the entry's key, and the entry goes before the next request.
//
// The cache is trusted only while that channel is heard. Each process sends a ping on it every
// `heartbeatMs`; when nothing (ping or change) has arrived for `deafAfterMs`, the listener may be
// gone without a word (a dropped or half-open connection tells postgres.js nothing until it
// reconnects), so everything held is dropped and reads go to the database until the channel is heard
// again. A change therefore reaches every instance within about a second even then.
// No "server-only": the integration tests drive it with their own database and listener.
import { z } from "zod";
import { log } from "@/lib/log";
import { createTtlCache } from "@/lib/proxy/cache";
import type { NotificationSource } from "./notification-source";

export const CACHE_CHANNEL = "hub_cache";
/** What the heartbeat sends on the channel; any other payload names a changed key. */
export const CACHE_PING = "ping";

/** The keys the triggers name: keep these and the migration's in step. */
export const connectionKey = (tenantId: string, kind: string) => `connection:${tenantId}:${kind}`;
export const membershipKey = (tenantId: string, userId: string) => `membership:${tenantId}:${userId}`;

const changeSchema = z.object({ key: z.string() });

export type NotifiedCacheOptions = {
  source: () => Promise<NotificationSource>;
  /** Sends CACHE_PING on the channel (pg_notify on the process's database). */
  ping: () => Promise<void>;
  heartbeatMs?: number;
  deafAfterMs?: number;
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
};

export function createNotifiedCache({
  source,
  ping,
  heartbeatMs = 300,
  deafAfterMs = 1_000,
  ttlMs = 60_000,
  maxEntries = 20_000,
  now = Date.now,
}: NotifiedCacheOptions) {
  // An entry is a few hundred bytes; 20,000 of them (tenants' services, members) stay small.
  const entries = createTtlCache({ ttlMs, maxEntries, maxBytes: 32 * 1024 * 1024, now });
  let listening: Promise<{ stop(): Promise<void> }> | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  // Bumped by close(): a listener that comes up after it must not make the closed cache trusted.
  let generation = 0;
  let heardAt = Number.NEGATIVE_INFINITY;
  // After a failed LISTEN, requests read through for a while instead of each opening a connection.
  let retryAt = 0;

  const heard = () => {
    heardAt = now();
  };
  function hearing(): boolean {
    if (now() - heardAt <= deafAfterMs) return true;
    // Deaf (or never heard): whatever is held may have changed meanwhile.
    if (entries.size > 0) entries.clear();
    return false;
  }

  function listen() {
    if (listening || now() < retryAt) return;
    const mine = generation;
    listening = source()
      .then((s) =>
        s.start({
          onNotify(payload) {
            if (mine !== generation) return;
            heard();
            if (payload === CACHE_PING) return;
            const change = parseChange(payload);
            // A payload it cannot read could be about any tenant: forget everything.
            if (change) entries.delete(change.key);
            else entries.clear();
          },
          onReconnect() {
            entries.clear();
          },
        }),
      )
      .then((started) => {
        if (mine !== generation) {
          void started.stop();
          return started;
        }
        heartbeat = setInterval(() => {
          ping().catch(() => {});
        }, heartbeatMs);
        heartbeat.unref?.();
        void ping().catch(() => {});
        return started;
      })
      .catch((error) => {
        log.warn("notified cache: cannot listen, reading from the database", {
          error: error instanceof Error ? error.message : String(error),
        });
        if (mine === generation) {
          listening = null;
          retryAt = now() + 5_000;
        }
        throw error;
      });
    listening.catch(() => {});
  }

  return {
    /** The cached value, or `load()`'s; a failed load (not connected, say) is never kept. */
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      listen();
      if (!hearing()) return load();
      return entries.get(key, load);
    },
    /** Drops one entry now: the instance that saved a change does not wait for its own NOTIFY. */
    forget(key: string) {
      entries.delete(key);
    },
    /** Resolves once the channel has been heard, so tests can wait for the cache to be in use. */
    async ready(): Promise<void> {
      listen();
      if (!listening) throw new Error("notified cache: not listening");
      await listening;
      const giveUpAt = Date.now() + 5_000;
      while (!hearing()) {
        if (Date.now() > giveUpAt) throw new Error("notified cache: the channel is not heard");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      generation++;
      heardAt = Number.NEGATIVE_INFINITY;
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      entries.clear();
      const current = listening;
      listening = null;
      if (current) await (await current.catch(() => null))?.stop();
    },
    get size() {
      return entries.size;
    },
  };
}

export type NotifiedCache = ReturnType<typeof createNotifiedCache>;

function parseChange(payload: string) {
  try {
    const parsed = changeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
