import "server-only";
import { getDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import {
  type NotificationSource,
  type PgliteListenClient,
  pgliteNotificationSource,
  postgresNotificationSource,
} from "./notification-source";

/** Where this process hears a channel's NOTIFY: its own PGlite, or a session connection to Postgres. */
export async function processNotificationSource(channel: string): Promise<NotificationSource> {
  const database = await getDatabase();
  if (database.kind === "postgres") {
    const url = env.DATABASE_DIRECT_URL ?? env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return postgresNotificationSource(url, channel);
  }
  // Drizzle exposes the driver's client as $client; PGlite's carries listen(). Checked at run time
  // because the shared Db type hides the driver.
  const client = (database.db as unknown as { $client?: Partial<PgliteListenClient> }).$client;
  if (typeof client?.listen !== "function") throw new Error("The embedded database client cannot LISTEN");
  return pgliteNotificationSource(client as PgliteListenClient, channel);
}
