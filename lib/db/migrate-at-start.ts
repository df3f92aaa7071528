import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { getDatabase } from "./client";
import { migrate } from "./migrate";
import { openDatabase } from "./open";
import { readSchemaVersion } from "./schema-version";

/**
 * Brings the schema to this build's migrations before the server takes requests (instrumentation.ts).
 * PGlite migrates as it opens (lib/db/client.ts). On a Postgres server the migrator takes an advisory
 * lock per step, so instances starting together take turns and each migration applies once. It runs on
 * DATABASE_DIRECT_URL when set: on Supabase that is the session connection, and DDL does not belong on
 * the transaction pooler. A database that is already current costs one read and takes no lock, so a
 * runtime role without DDL rights starts as long as `npm run db:migrate` ran first.
 * Throws (and the server does not start) when the schema cannot be brought up to date.
 */
export async function migrateAtStart(): Promise<void> {
  if (!env.DATABASE_URL) {
    await getDatabase();
    return;
  }
  const database = openDatabase({ url: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL, poolSize: 1 });
  try {
    const before = await readSchemaVersion(database);
    if (before.pending.length === 0) {
      log.info("database schema is current", { version: before.applied });
      return;
    }
    const applied = await migrate(database);
    log.info("database migrated at start", {
      applied: applied.length,
      version: (await readSchemaVersion(database)).applied,
    });
  } catch (error) {
    // One line an operator can act on; the driver's message stays out of it (it may hold the URL).
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(
      `The database schema could not be brought up to date at start (${reason.replace(/postgres(ql)?:\/\/\S+/g, "<url>")}). Fix the cause, or run \`npm run db:migrate\` to see it, then start again.`,
    );
    throw error;
  } finally {
    await database.close();
  }
}
