import "server-only";
import { runWithClaims } from "./claims";
import { getDatabase } from "./client";
import type { Tx } from "./open";
import type { Role } from "./schema";

export type TenantContext = {
  userId: string;
  email?: string;
  tenantId: string;
  role: Role;
  /** This request's proxy rate-limit hits were counted when its caller was resolved (lib/api). */
  upstreamCallCounted?: true;
};
export type UserContext = { userId: string; email?: string };

/**
 * The only way request code touches tenant data: one transaction under RLS with the tenant claimed.
 * Queries inside still filter by ctx.tenantId explicitly; RLS is the second guard.
 */
export async function withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { db } = await getDatabase();
  return runWithClaims(db, { sub: ctx.userId, email: ctx.email, tenant_id: ctx.tenantId, tenant_role: ctx.role }, fn);
}

/** For the few user-level reads that span tenants (the tenant switcher) and creating a tenant. */
export async function withUser<T>(ctx: UserContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { db } = await getDatabase();
  return runWithClaims(db, { sub: ctx.userId, email: ctx.email }, fn);
}
