// Applies supabase/migrations/*.sql in order and records them where the Supabase CLI does
// (supabase_migrations.schema_migrations), so `supabase db push` and this runner agree.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "./open";

export const migrationsDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "supabase", "migrations");

type Migration = { version: string; name: string; sql: string };

const migrationFile = /^\d{14}_.+\.sql$/;

/** The shipped migration file names, in the order they apply. */
export function migrationFiles(dir = migrationsDir): string[] {
  return readdirSync(dir)
    .filter((f) => migrationFile.test(f))
    .sort();
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return migrationFiles(dir).map((file) => {
    const [, version, name] = /^(\d{14})_(.+)\.sql$/.exec(file) ?? [];
    return { version, name, sql: readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), "utf8") };
  });
}

/** Returns the versions it applied. Safe to run from several processes at once on Postgres. */
export async function migrate(database: Database, dir = migrationsDir): Promise<string[]> {
  const { raw } = database;
  // The advisory lock makes racing migrators take turns; `create schema if not exists` alone is not
  // safe under concurrency on Postgres (both can try to create it).
  const lock = database.kind === "postgres" ? "select pg_advisory_xact_lock(7244119);" : "";
  await raw.execScript(`${lock}
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key, statements text[], name text
    );`);
  const applied: string[] = [];
  for (const m of readMigrations(dir)) {
    // Each file and its record in one transaction; a migrator that waited on the lock finds the
    // record and skips.
    const done = await raw.query<{ version: string }>(
      "select version from supabase_migrations.schema_migrations where version = $1",
      [m.version],
    );
    if (done.length > 0) continue;
    await raw
      .execScript(`${lock}
      do $migration$ begin
        if exists (select 1 from supabase_migrations.schema_migrations where version = '${m.version}') then
          raise exception 'already applied' using errcode = 'P0001', hint = 'skip';
        end if;
      end $migration$;
      ${m.sql}
      ;insert into supabase_migrations.schema_migrations (version, name) values ('${m.version}', '${m.name.replace(/'/g, "''")}');`)
      .then(
        () => applied.push(m.version),
        (error: unknown) => {
          if (error instanceof Error && /already applied/.test(error.message)) return;
          throw new Error(`Migration ${m.version}_${m.name} failed: ${error instanceof Error ? error.message : error}`);
        },
      );
  }
  return applied;
}
