// Which migrations the database has against the ones this build ships, read where the migrator
// records them (supabase_migrations.schema_migrations). No "server-only": the start-up migration
// and tests read it too.
import { migrationFiles, migrationsDir } from "./migrate";
import type { Database } from "./open";

export type SchemaVersion = {
  /** The newest migration recorded in the database; null on a database never migrated. */
  applied: string | null;
  /** The newest migration this build ships. */
  shipped: string | null;
  /** Shipped migrations the database lacks, oldest first. Empty when the schema is current. */
  pending: string[];
};

// The files do not change while a process runs; health checks come every few seconds.
const shippedByDir = new Map<string, string[]>();

function shippedVersions(dir: string): string[] {
  let versions = shippedByDir.get(dir);
  if (!versions) {
    versions = migrationFiles(dir).map((file) => file.slice(0, 14));
    shippedByDir.set(dir, versions);
  }
  return versions;
}

export async function readSchemaVersion(database: Database, dir = migrationsDir): Promise<SchemaVersion> {
  // to_regclass answers null instead of failing when the migrator never ran.
  const [table] = await database.raw.query<{ present: boolean }>(
    "select to_regclass('supabase_migrations.schema_migrations') is not null as present",
  );
  const applied = table?.present
    ? (
        await database.raw.query<{ version: string }>(
          "select version from supabase_migrations.schema_migrations order by version",
        )
      ).map((row) => row.version)
    : [];
  const shipped = shippedVersions(dir);
  const have = new Set(applied);
  return {
    applied: applied.at(-1) ?? null,
    shipped: shipped.at(-1) ?? null,
    pending: shipped.filter((version) => !have.has(version)),
  };
}
