// Generic operations on any table of tenantOwnedTables, as a claimed user (under RLS) or as the owner.
// Drizzle types each table differently; here they are handled as plain PgTables with string-keyed
// rows, which is all a policy test needs.
import { and, eq, getTableColumns, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { type Claims, runWithClaims } from "@/lib/db/claims";
import type { Db, Tx } from "@/lib/db/open";
import { INSUFFICIENT_PRIVILEGE, pgErrorCode } from "@/lib/db/pg-error";
import { tenantOwnedTables } from "@/lib/db/schema";
import type { TableName } from "./rls-fixtures";

export type Row = Record<string, unknown>;

export function tableOf(name: TableName): PgTable {
  return tenantOwnedTables[name];
}

/** The column holding the owning tenant: tenant_id, or the tenants table's own id. */
export function tenantColumn(name: TableName): PgColumn {
  const columns = getTableColumns(tableOf(name));
  const column = columns.tenantId ?? (name === "tenants" ? columns.id : undefined);
  if (!column) throw new Error(`${name} has no tenant_id column`);
  return column;
}

/** Matches exactly the given row by its primary key (single or composite). */
export function rowCondition(name: TableName, row: Row): SQL {
  const table = tableOf(name);
  const config = getTableConfig(table);
  const keyColumns = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
  const propertyOf = new Map(
    Object.entries(getTableColumns(table)).map(([property, column]) => [column.name, property]),
  );
  const parts = keyColumns.map((column) => eq(column, row[propertyOf.get(column.name) ?? column.name]));
  const condition = and(...parts);
  if (!condition || parts.length === 0) throw new Error(`${name} has no primary key`);
  return condition;
}

export function ownedBy(name: TableName, tenantId: string): SQL {
  return eq(tenantColumn(name), tenantId);
}

/** The tenant ids of every row the caller can see in the table. */
export async function visibleOwners(tx: Db | Tx, name: TableName): Promise<string[]> {
  const rows = await tx.select({ owner: tenantColumn(name) }).from(tableOf(name));
  return rows.map((r) => String(r.owner)).sort();
}

/** All of a tenant's rows, read as the owner, in a stable order: compare before and after. */
export async function ownerSnapshot(db: Db, name: TableName, tenantId: string): Promise<string[]> {
  const rows = await db.select().from(tableOf(name)).where(ownedBy(name, tenantId));
  return rows.map((row) => JSON.stringify(row)).sort();
}

/** What a write attempt did: how many rows it touched, or the SQLSTATE that refused it. */
export type Outcome = { rows: number } | { refused: string };

/** The row count of a write without RETURNING: PGlite reports `affectedRows`, postgres.js `count`. */
function rowCount(result: unknown): number {
  const r = result as { affectedRows?: number; count?: number };
  const count = r.affectedRows ?? r.count;
  if (typeof count !== "number") throw new Error("the driver reported no row count");
  return count;
}

/**
 * One write attempt in its own transaction as `authenticated`, the way request code runs. Writes go
 * without RETURNING: RETURNING makes Postgres check SELECT policies on the new row too, which would
 * hide a too-loose WITH CHECK (request code often writes without RETURNING).
 */
export async function attempt(db: Db, claims: Claims, write: (tx: Tx) => Promise<unknown>): Promise<Outcome> {
  try {
    return { rows: rowCount(await runWithClaims(db, claims, write)) };
  } catch (error) {
    // Anything but a SQLSTATE (a bug in the test itself) is kept whole so the assertion shows it.
    return { refused: pgErrorCode(error) ?? String(error) };
  }
}

/**
 * Like attempt(), but always rolls back: for writes with no WHERE clause, which touch every row the
 * policies let through and so would wreck the fixture when they (rightly) succeed on the own tenant.
 * Without a WHERE clause Postgres applies no SELECT policy, so only the command's own policy decides.
 */
export async function attemptRolledBack(db: Db, claims: Claims, write: (tx: Tx) => Promise<unknown>): Promise<Outcome> {
  let outcome: Outcome | undefined;
  try {
    await runWithClaims(db, claims, async (tx) => {
      outcome = { rows: rowCount(await write(tx)) };
      throw new Error("roll back");
    });
  } catch (error) {
    if (outcome) return outcome;
    return { refused: pgErrorCode(error) ?? String(error) };
  }
  throw new Error("the transaction was not rolled back");
}

/** The number of rows touched, or the SQLSTATE: one value to assert on. */
export function affected(outcome: Outcome): number | string {
  return "refused" in outcome ? outcome.refused : outcome.rows;
}

/** RLS refusals surface as 42501: a policy's WITH CHECK failed, or the privilege is missing. */
export const REFUSED = INSUFFICIENT_PRIVILEGE;
/** A write that had no effect: refused outright, or its USING clause matched no row. */
export const NO_EFFECT = [0, INSUFFICIENT_PRIVILEGE] as const;

export function insertRow(name: TableName, row: Row) {
  // The row comes from the table's spec; Drizzle cannot type a union of tables here.
  return (tx: Db | Tx) => tx.insert(tableOf(name)).values(row as never);
}

/** An update of the rows matching where, or of every row the policies allow when where is omitted. */
export function updateWhere(name: TableName, change: Row, where?: SQL) {
  return (tx: Db | Tx) => tx.update(tableOf(name)).set(change).where(where);
}

/** A delete of the rows matching where, or of every row the policies allow when where is omitted. */
export function deleteWhere(name: TableName, where?: SQL) {
  return (tx: Db | Tx) => tx.delete(tableOf(name)).where(where);
}

/** The owner inserts a row and gets it back whole (the owner is not subject to RLS). */
export async function ownerInsert(db: Db, name: TableName, row: Row): Promise<Row> {
  const [inserted] = await db
    .insert(tableOf(name))
    .values(row as never)
    .returning();
  return inserted;
}

/** Every row of the table as the owner sees it: compare before and after to find what a write added. */
export async function ownerRows(db: Db, name: TableName): Promise<Row[]> {
  return db.select().from(tableOf(name));
}
