// The two databases the Hub runs on, as the bench gives them to `next start`: PGlite in a fresh folder,
// or a fresh database on a PostgreSQL server (TEST_DATABASE_URL's, else 127.0.0.1:5432 as the tests
// use it), created before the server starts and dropped when the bench ends, also after a failure.
import { rmSync } from "node:fs";
import { connect } from "node:net";
import postgres from "postgres";
import { dataDir, hubPort } from "./context";

export const databaseNames = ["pglite", "postgres"] as const;
export type DatabaseName = (typeof databaseNames)[number];
export const databaseTitle: Record<DatabaseName, string> = { pglite: "PGlite", postgres: "PostgreSQL" };

/** What `next start` needs to run on one database, and how to give the database back. */
export type HubDatabase = {
  name: DatabaseName;
  /** Environment for `next start`: a database URL, or none so the app opens PGlite under DATA_DIR. */
  env: Record<string, string>;
  /** For reading the app's rows afterwards: the URL, or null for PGlite under `dataDir`. */
  url: string | null;
  dispose(): Promise<void>;
};

/** The server to create databases on (its `test` database takes CREATE/DROP DATABASE), or null. */
export async function postgresServerUrl(): Promise<string | null> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  return (await answers(5432)) ? "postgres://postgres@127.0.0.1:5432/test" : null;
}

/**
 * A fresh database for one `next start`. On PostgreSQL it is empty: the app migrates it at start
 * (instrumentation.ts), as a production deploy does. The name carries the bench's port, so a run that
 * was killed before it could drop its database is cleaned up by the next run on that port and no other.
 */
export async function openHubDatabase(name: DatabaseName, purpose: string): Promise<HubDatabase> {
  if (name === "pglite") {
    rmSync(dataDir, { recursive: true, force: true });
    // Empty values count as unset (lib/env.ts): an inherited DATABASE_URL must not win.
    return { name, env: { DATABASE_URL: "", DATABASE_DIRECT_URL: "" }, url: null, dispose: async () => {} };
  }
  const serverUrl = await postgresServerUrl();
  if (!serverUrl) throw new Error("no PostgreSQL server: set TEST_DATABASE_URL or run one on 127.0.0.1:5432");
  const database = `bench_hub_${purpose}_${hubPort}`;
  await adminRun(serverUrl, async (sql) => {
    await sql.unsafe(`drop database if exists ${database} with (force)`);
    await sql.unsafe(`create database ${database}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  let dropped = false;
  return {
    name,
    // The app connects as the server's owner and switches to `authenticated` per request (withTenant),
    // as in the tests; the migrations create the RLS roles when the server lacks them.
    env: { DATABASE_URL: url.toString(), DATABASE_DIRECT_URL: "" },
    url: url.toString(),
    dispose: async () => {
      if (dropped) return;
      dropped = true;
      await adminRun(serverUrl, (sql) => sql.unsafe(`drop database if exists ${database} with (force)`));
    },
  };
}

async function adminRun(serverUrl: string, fn: (sql: postgres.Sql) => Promise<unknown>) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await fn(sql);
  } finally {
    await sql.end();
  }
}

export function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port, timeout: 1_000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
