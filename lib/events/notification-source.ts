// Where a process hears NOTIFY from: the embedded PGlite client itself, or a dedicated session
// connection to Postgres. No "server-only": the integration tests drive both directly.
import postgres from "postgres";
import { HUB_EVENTS_CHANNEL } from "./notification";

export type NotificationHandlers = {
  onNotify(payload: string): void;
  /** The connection dropped and came back: anything sent meanwhile was missed. */
  onReconnect(): void;
};

export type NotificationSource = {
  start(handlers: NotificationHandlers): Promise<{ stop(): Promise<void> }>;
};

/** The part of PGlite's client the listener uses (PGlite delivers NOTIFY within its process). */
export type PgliteListenClient = {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
};

export function pgliteNotificationSource(client: PgliteListenClient, channel = HUB_EVENTS_CHANNEL): NotificationSource {
  return {
    async start({ onNotify }) {
      const unlisten = await client.listen(channel, onNotify);
      return { stop: () => unlisten() };
    },
  };
}

/**
 * LISTEN needs a session connection: Supabase's transaction pooler (port 6543) does not carry it,
 * so callers pass DATABASE_DIRECT_URL when set. postgres.js keeps the listening connection apart
 * from its pool, reconnects it and listens again, calling onlisten each time.
 */
export function postgresNotificationSource(url: string, channel = HUB_EVENTS_CHANNEL): NotificationSource {
  return {
    async start({ onNotify, onReconnect }) {
      const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
      let connected = false;
      try {
        const { unlisten } = await sql.listen(channel, onNotify, () => {
          if (connected) onReconnect();
          connected = true;
        });
        return {
          async stop() {
            await unlisten().catch(() => {});
            await sql.end({ timeout: 5 });
          },
        };
      } catch (error) {
        await sql.end({ timeout: 1 }).catch(() => {});
        throw error;
      }
    },
  };
}
