import "server-only";
import { sql } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { CACHE_CHANNEL, CACHE_PING, createNotifiedCache, type NotifiedCache } from "./notified-cache";
import { processNotificationSource } from "./process-notifications";

// One cache per process, on globalThis so Next's dev reloads do not stack listeners or heartbeats.
const globalForCache = globalThis as typeof globalThis & { __hubNotifiedCache?: NotifiedCache };

/** The process's cache of connections and confirmed memberships (notified-cache.ts). */
export function processCache(): NotifiedCache {
  globalForCache.__hubNotifiedCache ??= createNotifiedCache({
    source: () => processNotificationSource(CACHE_CHANNEL),
    ping: async () => {
      const db = await servicePathDb();
      await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${CACHE_PING})`);
    },
  });
  return globalForCache.__hubNotifiedCache;
}
