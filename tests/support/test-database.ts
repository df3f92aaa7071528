// Fresh, migrated databases for tests: an in-memory PGlite always, and a throwaway database on the
// PostgreSQL server named by TEST_DATABASE_URL when it is set.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { migrate } from "@/lib/db/migrate";
import { type Database, openDatabase } from "@/lib/db/open";

export type DriverName = "pglite" | "postgres";

/** The drivers this run covers: `describe.each(drivers)` runs a suite once per database. */
export const drivers: DriverName[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export type TestDatabase = Database & { dispose(): Promise<void> };

export async function createTestDatabase(driver: DriverName): Promise<TestDatabase> {
  if (driver === "pglite") {
    const database = openDatabase({ memory: true });
    await migrate(database);
    return { ...database, dispose: () => database.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `hub_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString(), poolSize: 4 });
  await migrate(database);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
