import "server-only";
import { asc, count, desc, eq } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import { servicePathDb } from "@/lib/db/privileged";
import { outbox, tenants } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/with-tenant";
import { notFound, unauthorized } from "@/lib/errors";
import { outboxListingColumns } from "@/lib/outbox/listing";
import { readProvisioningStatus } from "@/lib/provisioning/read-status";
import { startProvisioning } from "@/lib/provisioning/start-provisioning";
import { findMembership, roleAtLeast } from "@/lib/tenancy/memberships";
import { isUuid } from "@/lib/uuid";
import { idempotent } from "./idempotency";
import { registerTenant } from "./register-tenant";
import type { TenantRegistration } from "./registration-input";

// The tenant API's service paths, called by app/api/tenants/**. Route handlers may not open the
// privileged connection themselves; these functions do, after the wrapper has authenticated the
// caller, and check what a user caller may see before reading anything.

export type Caller = { service: true; identity?: undefined } | { service?: undefined; identity: Identity };

/** The wrapper's user-or-service input as one value; neither is possible only for optional callers. */
export function callerOf(input: { identity?: Identity; service?: true }): Caller {
  if (input.service) return { service: true };
  if (input.identity) return { identity: input.identity };
  throw unauthorized();
}

const callerKey = (c: Caller) => (c.service ? "service" : `user:${c.identity.userId}`);

/** POST /api/tenants with the back-office body: a `preparing` tenant, Idempotency-Key honoured. */
export async function createPreparingTenant(
  caller: Caller,
  body: TenantRegistration,
  idempotencyKey: string | null,
  origin: string,
): Promise<Response> {
  const db = await servicePathDb();
  return idempotent(db, { caller: callerKey(caller), key: idempotencyKey, body }, async () => {
    const tenant = await registerTenant(db, body, origin);
    return { status: 201, body: { tenant } };
  });
}

/** GET /api/tenants with the service key: every tenant, newest first, a page at a time. */
export async function listAllTenants(page: number, pageSize: number) {
  const db = await servicePathDb();
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: tenants.id,
        slug: tenants.slug,
        legalName: tenants.legalName,
        rut: tenants.rut,
        email: tenants.email,
        phone: tenants.phone,
        plan: tenants.plan,
        status: tenants.status,
        createdAt: tenants.createdAt,
      })
      .from(tenants)
      .orderBy(desc(tenants.createdAt), asc(tenants.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(tenants),
  ]);
  return { data: rows, page, pageSize, total };
}

/** GET /api/tenants/{id}/status: the service key reads any tenant; a user only one they belong to. */
export async function tenantStatus(caller: Caller, tenantId: string) {
  if (!isUuid(tenantId)) throw notFound("workspace");
  if (caller.service) return (await servicePathDb()).transaction((tx) => readProvisioningStatus(tx, tenantId));
  const membership = await findMembership(caller.identity, { id: tenantId });
  if (!membership) throw notFound("workspace");
  const ctx = { userId: caller.identity.userId, email: caller.identity.email, tenantId, role: membership.role };
  return withTenant(ctx, (tx) => readProvisioningStatus(tx, tenantId));
}

/** POST /api/tenants/{id}/provision by the service key or the tenant's admin (the retry button). */
export async function provisionTenant(caller: Caller, tenantId: string, origin: string) {
  if (!isUuid(tenantId)) throw notFound("workspace");
  if (!caller.service) {
    const membership = await findMembership(caller.identity, { id: tenantId });
    // Members who are not admins learn nothing more than strangers do.
    if (!membership || !roleAtLeast(membership.role, "admin")) throw notFound("workspace");
  }
  return startProvisioning(tenantId, origin);
}

/** GET /api/tenants/{id}/outbox (service key): what was queued for the tenant, links included. */
export async function listTenantOutbox(tenantId: string) {
  if (!isUuid(tenantId)) throw notFound("workspace");
  const db = await servicePathDb();
  const [tenant] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw notFound("workspace");
  const data = await db
    .select(outboxListingColumns)
    .from(outbox)
    .where(eq(outbox.tenantId, tenantId))
    .orderBy(asc(outbox.createdAt));
  return { data };
}
