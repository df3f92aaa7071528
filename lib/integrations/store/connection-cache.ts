// The tenants' decrypted connections, kept in this process so a proxied request reads no integration
// row and decrypts nothing. The trigger of migration 20261208000000 notifies every instance of each
// change on `hub_connections` on commit, and the entry goes before the next request.
//
// The cache is trusted only while that channel is heard. Each process sends a ping on it every
// `heartbeatMs`; when nothing (ping or change) has arrived for `deafAfterMs`, the listener may be
// gone without a word (a dropped or half-open connection tells postgres.js nothing until it
// reconnects), so everything held is dropped and reads go to the database until the channel is heard
// again. A change therefore reaches every instance within about a second even then.
// No "server-only": the integration tests drive it with their own database and listener.
import { z } from "zod";
import type { NotificationSource } from "@/lib/events/notification-source";
import { log } from "@/lib/log";
import { createTtlCache } from "@/lib/proxy/cache";
import type { IntegrationKind } from "./connection-schemas";

export const CONNECTIONS_CHANNEL = "hub_connections";
/** What the heartbeat sends on the channel; any other payload names a change. */
export const CONNECTIONS_PING = "ping";

const changeSchema = z.object({ tenantId: z.string(), kind: z.string() });

export type ConnectionCacheOptions = {
  source: () => Promise<NotificationSource>;
  /** Sends CONNECTIONS_PING on the channel (pg_notify on the process's database). */
  ping: () => Promise<void>;
  heartbeatMs?: number;
  deafAfterMs?: number;
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
};

const keyOf = (tenantId: string, kind: string) => `${tenantId}:${kind}`;

export function createConnectionCache({
  source,
  ping,
  heartbeatMs = 300,
  deafAfterMs = 1_000,
  ttlMs = 60_000,
  maxEntries = 20_000,
  now = Date.now,
}: ConnectionCacheOptions) {
  // A connection is a few hundred bytes; 20,000 of them (every tenant's three services) stay small.
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
            if (payload === CONNECTIONS_PING) return;
            const change = parseChange(payload);
            // A payload it cannot read could be about any tenant: forget everything.
            if (change) entries.delete(keyOf(change.tenantId, change.kind));
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
        log.warn("connection cache: cannot listen, reading connections from the database", {
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
    /** The cached connection, or `load()`'s; a failed load (not connected, say) is never kept. */
    get<T>(tenantId: string, kind: IntegrationKind, load: () => Promise<T>): Promise<T> {
      listen();
      if (!hearing()) return load();
      return entries.get(keyOf(tenantId, kind), load);
    },
    /** Drops one entry now: the instance that saved a change does not wait for its own NOTIFY. */
    forget(tenantId: string, kind: IntegrationKind) {
      entries.delete(keyOf(tenantId, kind));
    },
    /** Resolves once the channel has been heard, so tests can wait for the cache to be in use. */
    async ready(): Promise<void> {
      listen();
      if (!listening) throw new Error("connection cache: not listening");
      await listening;
      const giveUpAt = Date.now() + 5_000;
      while (!hearing()) {
        if (Date.now() > giveUpAt) throw new Error("connection cache: the channel is not heard");
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

export type ConnectionCache = ReturnType<typeof createConnectionCache>;

function parseChange(payload: string) {
  try {
    const parsed = changeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
