import "server-only";
import { env } from "@/lib/env";
import { migrate } from "./migrate";
import { type Database, openDatabase } from "./open";

// One database per process. Kept on globalThis so Next's dev reloads reuse it instead of opening
// a second PGlite on the same folder.
const globalForDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };

async function open(): Promise<Database> {
  const database = openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  // The embedded database has no one else to migrate it; a Postgres server is migrated by
  // `npm run db:migrate` as a deploy step.
  if (database.kind === "pglite") await migrate(database);
  return database;
}

export function getDatabase(): Promise<Database> {
  globalForDb.__hubDatabase ??= open().catch((error) => {
    globalForDb.__hubDatabase = undefined;
    throw error;
  });
  return globalForDb.__hubDatabase;
}
