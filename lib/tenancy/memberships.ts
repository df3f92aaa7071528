import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import { type Role, tenantMembers, tenants } from "@/lib/db/schema";
import { withUser } from "@/lib/db/with-tenant";
import { isUuid } from "@/lib/uuid";

export type TenantSummary = {
  id: string;
  slug: string;
  legalName: string;
  plan: "free" | "basic" | "pro" | "enterprise";
  status: "preparing" | "provisioning" | "active" | "suspended" | "cancelled";
  role: Role;
};

const columns = {
  id: tenants.id,
  slug: tenants.slug,
  legalName: tenants.legalName,
  plan: tenants.plan,
  status: tenants.status,
  role: tenantMembers.role,
};

/** The tenants this user is an active member of, for the switcher and the tenant API. */
export async function listMyTenants(identity: Identity): Promise<TenantSummary[]> {
  return withUser(identity, (tx) =>
    tx
      .select(columns)
      .from(tenantMembers)
      .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
      .where(and(eq(tenantMembers.userId, identity.userId), eq(tenantMembers.status, "active")))
      .orderBy(asc(tenants.legalName)),
  );
}

/**
 * The user's membership in the tenant named by id or slug, or null. Null covers "no such tenant"
 * and "not a member" alike, so callers answer 404 and never reveal that another tenant exists.
 */
export async function findMembership(
  identity: Identity,
  ref: { id: string } | { slug: string },
): Promise<TenantSummary | null> {
  if ("id" in ref && !isUuid(ref.id)) return null;
  const match = "id" in ref ? eq(tenants.id, ref.id) : eq(tenants.slug, ref.slug);
  const [row] = await withUser(identity, (tx) =>
    tx
      .select(columns)
      .from(tenantMembers)
      .innerJoin(tenants, eq(tenants.id, tenantMembers.tenantId))
      .where(and(eq(tenantMembers.userId, identity.userId), eq(tenantMembers.status, "active"), match)),
  );
  return row ?? null;
}

const rank: Record<Role, number> = { viewer: 0, staff: 1, admin: 2 };
export const roleAtLeast = (role: Role, minimum: Role) => rank[role] >= rank[minimum];
