import { sql } from "drizzle-orm";
import type { Db, Tx } from "./open";

export type Claims = { sub: string; email?: string; tenant_id?: string; tenant_role?: string };

/**
 * Runs fn in one transaction as the `authenticated` role with the given claims, the way Supabase's
 * PostgREST does, so every statement inside is filtered by RLS. Claims go in as a bound parameter.
 */
export function runWithClaims<T>(db: Db, claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const json = JSON.stringify({ ...claims, role: "authenticated" });
    await tx.execute(
      sql`select set_config('request.jwt.claims', ${json}, true), set_config('role', 'authenticated', true)`,
    );
    return fn(tx);
  });
}
