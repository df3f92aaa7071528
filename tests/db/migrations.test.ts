// The migration runner: applies each file of supabase/migrations once, in order, records it where the
// Supabase CLI does, rolls a failing file back whole, and tolerates several app instances migrating
// the same PostgreSQL database at once.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, migrationsDir, readMigrations } from "@/lib/db/migrate";
import { type Database, openDatabase } from "@/lib/db/open";
import { drivers } from "../support/test-database";

const versions = readMigrations().map((m) => m.version);
/** A whole migration run from scratch, as long as the hooks that do the same elsewhere may take. */
const FULL_MIGRATION_TIMEOUT = 60_000;

/** An empty database (createTestDatabase would migrate it): in-memory PGlite, or one on the server. */
type BlankDatabase = { open(): Database; dispose(): Promise<void> };

function blankPglite(): BlankDatabase {
  // One in-memory PGlite can be opened only once, so every open() hands out the same instance.
  const database = openDatabase({ memory: true });
  return { open: () => database, dispose: () => database.close() };
}

async function blankPostgres(): Promise<BlankDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `hub_migrate_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const opened: Database[] = [];
  return {
    // Separate pools stand in for separate app instances.
    open: () => {
      const database = openDatabase({ url: url.toString(), poolSize: 2 });
      opened.push(database);
      return database;
    },
    dispose: async () => {
      await Promise.all(opened.map((d) => d.close()));
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const blankDatabase = (driver: string) => (driver === "postgres" ? blankPostgres() : Promise.resolve(blankPglite()));

const recorded = (database: Database) =>
  database.raw.query<{ version: string; name: string }>(
    "select version, name from supabase_migrations.schema_migrations order by version",
  );

/** A copy of the migrations folder plus extra files, for testing what happens to a new migration. */
function migrationsWith(extra: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hub-migrations-"));
  cpSync(migrationsDir, dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe.each(drivers)("migrations on %s", (driver) => {
  // One database walks through a life: fresh, re-run, a new file, a broken file. PGlite takes ~2 s
  // to boot and migrate, so the steps share it and run in order.
  let blank: BlankDatabase;
  let database: Database;
  const tempDirs: string[] = [];
  beforeAll(async () => {
    blank = await blankDatabase(driver);
    database = blank.open();
  });
  afterAll(async () => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    await blank?.dispose();
  });
  const tempDir = (extra: Record<string, string>) => {
    const dir = migrationsWith(extra);
    tempDirs.push(dir);
    return dir;
  };

  it(
    "applies every file in order to a fresh database and records each in schema_migrations",
    async () => {
      expect(await migrate(database)).toEqual(versions);
      const names = readMigrations().map((m) => ({ version: m.version, name: m.name }));
      expect(await recorded(database)).toEqual(names);
    },
    FULL_MIGRATION_TIMEOUT,
  );

  it("applies nothing the second time", async () => {
    const before = await recorded(database);
    expect(await migrate(database)).toEqual([]);
    expect(await recorded(database)).toEqual(before);
  });

  it("applies only a newly added file to a migrated database", async () => {
    const dir = tempDir({ "29991231000000_add_probe.sql": "create table public.probe (id int);" });
    expect(await migrate(database, dir)).toEqual(["29991231000000"]);
    expect(await database.raw.query("select * from public.probe")).toEqual([]);
  });

  it("rolls a failing file back whole and does not record it", async () => {
    const dir = tempDir({
      "29991231000001_broken.sql": "create table public.half_done (id int);\nselect 1 / 0;",
    });
    await expect(migrate(database, dir)).rejects.toThrow(/29991231000001_broken/);
    const [table] = await database.raw.query<{ exists: string | null }>(
      "select to_regclass('public.half_done')::text as exists",
    );
    expect(table.exists).toBeNull();
    expect((await recorded(database)).map((r) => r.version)).toEqual([...versions, "29991231000000"]);
  });

  it(
    "two migrate() calls at once on a fresh database apply each file exactly once",
    async () => {
      const b = await blankDatabase(driver);
      try {
        const [first, second] = [b.open(), b.open()];
        const results = await Promise.all([migrate(first), migrate(second)]);
        // Each version applied by exactly one of them, and all of them applied.
        expect(results.flat().sort()).toEqual(versions);
        expect((await recorded(first)).map((r) => r.version)).toEqual(versions);
      } finally {
        await b.dispose();
      }
    },
    FULL_MIGRATION_TIMEOUT,
  );
});

// A rolling deploy starts several instances against one new database. Races are timing-dependent,
// so several fresh databases are raced; every round must succeed.
describe.skipIf(!process.env.TEST_DATABASE_URL)("concurrent migrators on PostgreSQL", () => {
  const rounds = 4;
  const disposers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const dispose of disposers) await dispose();
  });

  it.each(Array.from({ length: rounds }, (_, i) => i + 1))(
    "round %i: three instances migrating one fresh database all succeed, each file applied once",
    async () => {
      const b = await blankPostgres();
      disposers.push(() => b.dispose());
      const instances = [b.open(), b.open(), b.open()];
      const settled = await Promise.allSettled(instances.map((d) => migrate(d)));
      const failures = settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
      expect(failures).toEqual([]);
      const applied = settled.flatMap((s) => (s.status === "fulfilled" ? s.value : []));
      expect(applied.sort()).toEqual(versions);
      expect((await recorded(instances[0])).map((r) => r.version)).toEqual(versions);
    },
  );
});
