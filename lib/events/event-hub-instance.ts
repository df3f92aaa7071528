import "server-only";
import { getDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { EventHub } from "./event-hub";
import { type PgliteListenClient, pgliteNotificationSource, postgresNotificationSource } from "./notification-source";

// One hub per process, on globalThis so Next's dev reloads do not stack listeners.
const globalForHub = globalThis as typeof globalThis & { __hubEventHub?: Promise<EventHub> };

async function createHub(): Promise<EventHub> {
  const database = await getDatabase();
  if (database.kind === "postgres") {
    const url = env.DATABASE_DIRECT_URL ?? env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return new EventHub(postgresNotificationSource(url));
  }
  // Drizzle exposes the driver's client as $client; PGlite's carries listen(). Checked at run time
  // because the shared Db type hides the driver.
  const client = (database.db as unknown as { $client?: Partial<PgliteListenClient> }).$client;
  if (typeof client?.listen !== "function") throw new Error("The embedded database client cannot LISTEN");
  return new EventHub(pgliteNotificationSource(client as PgliteListenClient));
}

export function getEventHub(): Promise<EventHub> {
  globalForHub.__hubEventHub ??= createHub().catch((error) => {
    globalForHub.__hubEventHub = undefined;
    throw error;
  });
  return globalForHub.__hubEventHub;
}
