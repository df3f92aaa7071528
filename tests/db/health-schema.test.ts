// GET /api/health tells a load balancer whether this instance can serve: it names the schema version
// (the newest migration applied against the newest shipped) and answers 503 while the database lacks
// a shipped migration, on PGlite and on PostgreSQL.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { migrate, migrationFiles, migrationsDir } from "@/lib/db/migrate";
import { type Database, openDatabase } from "@/lib/db/open";
import { createServerDatabase, dropServerDatabase } from "../events/event-database";
import { drivers } from "../support/test-database";

// The route opens the database through lib/db/client; point it at the database under test.
const globalDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };

const shipped = migrationFiles();
const latest = shipped[shipped.length - 1].slice(0, 14);
const previous = shipped[shipped.length - 2].slice(0, 14);

/** A copy of the migrations folder without the newest file: a database that missed one deploy. */
function migrationsWithoutLatest(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hub-migrations-"));
  for (const file of shipped.slice(0, -1)) cpSync(path.join(migrationsDir, file), path.join(dir, file));
  return dir;
}

async function health() {
  const res = await GET(new NextRequest("http://hub.test/api/health"), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe.each(drivers)("GET /api/health and the schema version (%s)", (driver) => {
  let database: Database;
  let serverDatabaseUrl: string | undefined;
  let partialDir: string;

  beforeAll(async () => {
    partialDir = migrationsWithoutLatest();
    if (driver === "pglite") database = openDatabase({ memory: true });
    else {
      serverDatabaseUrl = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
      database = openDatabase({ url: serverDatabaseUrl, poolSize: 2 });
    }
    // Opening PGlite (WebAssembly start-up) belongs to the setup, not to the first test's time.
    await database.raw.query("select 1");
    globalDb.__hubDatabase = Promise.resolve(database);
  });
  afterAll(async () => {
    globalDb.__hubDatabase = undefined;
    await database?.close();
    if (serverDatabaseUrl) await dropServerDatabase(process.env.TEST_DATABASE_URL as string, serverDatabaseUrl);
    rmSync(partialDir, { recursive: true, force: true });
  });

  it("answers 503 naming no version on a database never migrated", async () => {
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: "degraded",
      database: { status: "ok", schema: { status: "behind", applied: null, shipped: latest, pending: shipped.length } },
    });
  });

  it("answers 503 while the newest shipped migration is missing, and says which is applied", async () => {
    await migrate(database, partialDir);
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: "degraded",
      database: { status: "ok", schema: { status: "behind", applied: previous, shipped: latest, pending: 1 } },
    });
  });

  it("answers 200 with the version once every shipped migration is applied", async () => {
    await migrate(database);
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "ok",
      database: { status: "ok", schema: { status: "current", applied: latest, shipped: latest, pending: 0 } },
    });
  });
});
