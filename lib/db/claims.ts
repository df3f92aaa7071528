import { sql } from "drizzle-orm";
import type { Db, Tx } from "./open";

export type Claims = {
  sub: string;
  email?: string;
  tenant_id?: string;
  tenant_role?: string;
  /**
   * Server code acting for no person, admitted by the policies that name it (app.service_actor()).
   * Only the Hub sets claims, so no client can claim one.
   */
  service?: "contact_merge";
};

/**
 * Runs fn in one transaction as the `authenticated` role with the given claims, the way Supabase's
 * PostgREST does, so every statement inside is filtered by RLS. Claims go in as a bound parameter.
 */
export function runWithClaims<T>(db: Db | Tx, claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const json = JSON.stringify({ ...claims, role: "authenticated" });
    await tx.execute(
      sql`select set_config('request.jwt.claims', ${json}, true), set_config('role', 'authenticated', true)`,
    );
    return fn(tx);
  });
}
