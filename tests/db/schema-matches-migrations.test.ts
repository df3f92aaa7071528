// lib/db/schema.ts is Drizzle's hand-written view of what supabase/migrations creates. A column that
// exists on only one side makes queries fail at run time (or silently drops data), so compare them.
import { is, sql } from "drizzle-orm";
import { getTableConfig, getViewConfig, PgTable, PgView } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/lib/db/execute-rows";
import * as schema from "@/lib/db/schema";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";

type DrizzleColumn = { name: string; type: string; notNull: boolean };
/** [kind, name, columns]: a tuple so test titles read "table tenants ...". */
type Relation = [kind: "table" | "view", name: string, columns: DrizzleColumn[]];

/** Every table and view exported by the schema module, so a new one is compared without edits here. */
type ColumnLike = { name: string; getSQLType(): string; notNull: boolean };
const describeColumns = (columns: ColumnLike[]): DrizzleColumn[] =>
  columns.map((c) => ({ name: c.name, type: c.getSQLType(), notNull: c.notNull }));

const relations: Relation[] = Object.values(schema).flatMap((value): Relation[] => {
  if (is(value, PgTable)) {
    const { name, columns } = getTableConfig(value);
    return [["table", name, describeColumns(columns)]];
  }
  if (is(value, PgView)) {
    const { name, selectedFields } = getViewConfig(value);
    // An existing() view's selection is its built columns.
    return [["view", name, describeColumns(Object.values(selectedFields as Record<string, ColumnLike>))]];
  }
  return [];
});
const tables = relations.filter(([kind]) => kind === "table");
const tableNamesInSchema = tables.map(([, name]) => name);

type DbColumn = { table_name: string; column_name: string; is_nullable: "YES" | "NO"; data_type: string };

describe.each(drivers)("Drizzle schema against the migrated database on %s", (driver) => {
  let t: TestDatabase;
  let dbColumns: DbColumn[];
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    // format_type spells types the way Drizzle's getSQLType does ("timestamp with time zone", "text[]").
    dbColumns = await executeRows<DbColumn>(
      t.db,
      sql`select c.table_name, c.column_name, c.is_nullable,
                 format_type(a.atttypid, a.atttypmod) as data_type
          from information_schema.columns c
          join pg_attribute a
            on a.attrelid = format('public.%I', c.table_name)::regclass and a.attname = c.column_name
          where c.table_schema = 'public'`,
    );
  });
  afterAll(() => t?.dispose());

  const columnsOf = (name: string) => dbColumns.filter((c) => c.table_name === name);

  it("the schema module exports the tables", () => {
    expect(tableNamesInSchema).toContain("tenants");
  });

  it.each(relations)("%s %s has the same column names as the database, both ways", (_kind, name, columns) => {
    const inDatabase = columnsOf(name)
      .map((c) => c.column_name)
      .sort();
    expect(inDatabase.length, `${name} exists in the migrated database`).toBeGreaterThan(0);
    expect(columns.map((c) => c.name).sort()).toEqual(inDatabase);
  });

  it.each(relations)("%s %s has the same column types as the database", (_kind, name, columns) => {
    const typeIn = new Map(columnsOf(name).map((c) => [c.column_name, c.data_type]));
    for (const column of columns)
      expect(`${column.name} ${column.type}`).toBe(`${column.name} ${typeIn.get(column.name)}`);
  });

  // Views report every column as nullable in information_schema, so only tables are compared.
  it.each(tables)("%s %s marks the same columns NOT NULL as the database", (_kind, name, columns) => {
    const notNullIn = new Map(columnsOf(name).map((c) => [c.column_name, c.is_nullable === "NO"]));
    for (const column of columns) {
      expect(`${column.name} not null: ${column.notNull}`).toBe(
        `${column.name} not null: ${notNullIn.get(column.name)}`,
      );
    }
  });

  it("every table the migrations create in public has a Drizzle table", async () => {
    const rows = await executeRows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const known = new Set(tableNamesInSchema);
    expect(rows.map((r) => r.table_name).filter((name) => !known.has(name))).toEqual([]);
  });
});
