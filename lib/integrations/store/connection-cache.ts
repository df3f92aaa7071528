// The tenants' decrypted connections, kept in this process so a proxied request reads no integration
// row and decrypts nothing. Trusted only while the process listens on `hub_connections`: the trigger
// of migration 20261208000000 notifies every instance of each change on commit, and the entry goes
// before the next request. Until the listener is up, and after it reconnects, every read goes to the
// database. The TTL bounds what a listener that dropped without noticing could serve.
// No "server-only": the integration tests drive it with their own database and listener.
import { z } from "zod";
import type { NotificationSource } from "@/lib/events/notification-source";
import { log } from "@/lib/log";
import { createTtlCache } from "@/lib/proxy/cache";
import type { IntegrationKind } from "./connection-schemas";

export const CONNECTIONS_CHANNEL = "hub_connections";

const changeSchema = z.object({ tenantId: z.string(), kind: z.string() });

export type ConnectionCacheOptions = {
  source: () => Promise<NotificationSource>;
  ttlMs?: number;
  maxEntries?: number;
};

const keyOf = (tenantId: string, kind: string) => `${tenantId}:${kind}`;

export function createConnectionCache({ source, ttlMs = 60_000, maxEntries = 20_000 }: ConnectionCacheOptions) {
  // A connection is a few hundred bytes; 20,000 of them (every tenant's three services) stay small.
  const entries = createTtlCache({ ttlMs, maxEntries, maxBytes: 32 * 1024 * 1024 });
  let trusted = false;
  let listening: Promise<{ stop(): Promise<void> }> | null = null;
  // After a failed LISTEN, requests read through for a while instead of each opening a connection.
  let retryAt = 0;

  function listen() {
    if (listening || Date.now() < retryAt) return;
    listening = source()
      .then((s) =>
        s.start({
          onNotify(payload) {
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
        trusted = true;
        return started;
      })
      .catch((error) => {
        log.warn("connection cache: cannot listen, reading connections from the database", {
          error: error instanceof Error ? error.message : String(error),
        });
        listening = null;
        retryAt = Date.now() + 5_000;
        throw error;
      });
    listening.catch(() => {});
  }

  return {
    /** The cached connection, or `load()`'s; a failed load (not connected, say) is never kept. */
    get<T>(tenantId: string, kind: IntegrationKind, load: () => Promise<T>): Promise<T> {
      if (!trusted) {
        listen();
        return load();
      }
      return entries.get(keyOf(tenantId, kind), load);
    },
    forget(tenantId: string, kind: IntegrationKind) {
      entries.delete(keyOf(tenantId, kind));
    },
    /** Resolves once changes are heard, so tests and start-up can wait for the cache to be in use. */
    async ready(): Promise<void> {
      listen();
      if (!listening) throw new Error("connection cache: not listening");
      await listening;
    },
    async close() {
      trusted = false;
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
