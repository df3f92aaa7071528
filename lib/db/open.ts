// Opens the database with one of two drivers behind one Drizzle schema: PGlite (embedded, the
// default, a folder under DATA_DIR) or postgres.js for any Postgres server, including Supabase.
// No "server-only" here: scripts and tests open databases directly.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** Raw SQL access for migrations and tests, identical on both drivers. */
export type RawSql = {
  /** Runs a script of one or more statements in one transaction. */
  execScript(text: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
};

export type Database = {
  kind: "pglite" | "postgres";
  db: Db;
  raw: RawSql;
  close(): Promise<void>;
};

export type OpenOptions = { url?: string; dataDir?: string; memory?: boolean; poolSize?: number };

export function openDatabase(options: OpenOptions): Database {
  return options.url ? openPostgres(options.url, options.poolSize) : openPglite(options);
}

function openPglite({ dataDir, memory }: OpenOptions): Database {
  // The contacts search indexes need these; a Postgres server (or Supabase) ships them as contrib.
  const extensions = { pg_trgm, btree_gin };
  let client: PGlite;
  if (memory) {
    client = new PGlite({ extensions });
  } else {
    const dir = path.resolve(dataDir ?? "./.data", "pglite");
    mkdirSync(dir, { recursive: true });
    client = new PGlite(dir, { extensions });
  }
  return {
    kind: "pglite",
    db: drizzlePglite({ client, schema }) as unknown as Db,
    raw: {
      execScript: async (text) => {
        await client.transaction(async (tx) => {
          await tx.exec(text);
        });
      },
      query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    },
    close: () => client.close(),
  };
}

function openPostgres(url: string, poolSize = 10): Database {
  // prepare:false so the same code runs through Supabase's transaction pooler (Supavisor, port 6543).
  const client = postgres(url, { prepare: false, max: poolSize, onnotice: () => {} });
  return {
    kind: "postgres",
    db: drizzlePostgres({ client, schema }) as unknown as Db,
    raw: {
      execScript: async (text) => {
        await client.begin(async (tx) => {
          await tx.unsafe(text);
        });
      },
      query: async <T>(text: string, params: unknown[] = []) =>
        (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
    },
    close: () => client.end({ timeout: 5 }),
  };
}
