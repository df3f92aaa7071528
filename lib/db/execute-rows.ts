import type { SQL } from "drizzle-orm";
import type { Db, Tx } from "./open";

/** Raw SQL rows from either driver: PGlite answers `{ rows }`, postgres.js an array. */
export async function executeRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
