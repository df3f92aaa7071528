// Two tenants with a member of every role, an outsider, an invitation and a row in every RLS-guarded
// table, seeded as the privileged owner (no role switch, so RLS does not apply). Also the per-table
// knowledge the RLS suites need to walk `tenantOwnedTables` generically: how to make a fresh row,
// how to change one, and which roles the policies are meant to let read and write.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import type { Role } from "@/lib/db/roles";
import {
  activityLog,
  apiKeys,
  contactSources,
  contacts,
  mcpCapabilities,
  outbox,
  provisioningSteps,
  rateLimitCounters,
  sessions,
  tenantDomains,
  tenantIntegrations,
  tenantMembers,
  tenantOwnedTables,
  tenants,
  users,
  webhookEvents,
} from "@/lib/db/schema";

export type TableName = keyof typeof tenantOwnedTables;
export const tableNames = Object.keys(tenantOwnedTables) as TableName[];

export type TenantKey = "A" | "B";

/** Users who belong to exactly one tenant, by tenant and role: the attackers and the victims. */
export const members: Record<TenantKey, Record<Role, string>> = {
  A: { admin: "user-a-admin", staff: "user-a-staff", viewer: "user-a-viewer" },
  B: { admin: "user-b-admin", staff: "user-b-staff", viewer: "user-b-viewer" },
};
/** Staff in A and admin in B: the user whose tenant switcher lists two tenants. */
export const multiTenantUser = "user-multi";
/** Signed up, member of nothing. */
export const outsider = "user-outsider";
/** Has a pending invitation to A (matched by email), not accepted yet: must be an outsider too. */
export const invitee = "user-invitee";
export const inviteeEmail = "invitada@tenant-a.cl";

export const emailOf = (userId: string) => `${userId}@example.cl`;

export type Fixture = {
  tenant: Record<TenantKey, string>;
  /** The integration each tenant's webhook events hang off, by tenant id. */
  integrationOf: Record<string, string>;
  /** The contact each tenant's contact_sources row hangs off, by tenant id. */
  contactOf: Record<string, string>;
};

/** Seeds the fixture. Every write is a plain owner statement, so it cannot be filtered by RLS. */
export async function seedFixture(db: Db): Promise<Fixture> {
  const allUsers = [...Object.values(members.A), ...Object.values(members.B), multiTenantUser, outsider, invitee];
  await db
    .insert(users)
    .values(allUsers.map((id) => ({ id, email: id === invitee ? inviteeEmail : emailOf(id), name: id })));
  // Identity tables get rows too, so "unreadable" is not confused with "empty".
  await db
    .insert(sessions)
    .values({ id: "session-hash-a-admin", userId: members.A.admin, expiresAt: new Date(Date.now() + 3_600_000) });
  await db.insert(rateLimitCounters).values({ key: "sign-in:user-a-admin", windowStart: new Date(), count: 1 });

  const [a, b] = await db
    .insert(tenants)
    .values([
      { slug: "tenant-a", legalName: "Ferretería A SpA", email: "hola@tenant-a.cl", rut: "76.000.001-1" },
      { slug: "tenant-b", legalName: "Panadería B Ltda", email: "hola@tenant-b.cl", rut: "76.000.002-K" },
    ])
    .returning({ id: tenants.id });
  const tenant = { A: a.id, B: b.id };

  await db.insert(tenantMembers).values([
    ...(["A", "B"] as const).flatMap((key) =>
      (Object.entries(members[key]) as [Role, string][]).map(([role, userId]) => ({
        tenantId: tenant[key],
        userId,
        email: emailOf(userId),
        role,
      })),
    ),
    { tenantId: tenant.A, userId: multiTenantUser, email: emailOf(multiTenantUser), role: "staff" },
    { tenantId: tenant.B, userId: multiTenantUser, email: emailOf(multiTenantUser), role: "admin" },
    { tenantId: tenant.A, userId: null, email: inviteeEmail, role: "staff", status: "invited" },
  ]);

  const integrationOf: Record<string, string> = {};
  const contactOf: Record<string, string> = {};
  for (const key of ["A", "B"] as const) {
    const id = tenant[key];
    const slug = key.toLowerCase();
    await db.execute(sql`select public.activate_default_products_for_tenant(${id}::uuid)`);
    await db.insert(tenantDomains).values({ tenantId: id, domain: `tenant-${slug}.smarteros.cl` });
    const [integration] = await db
      .insert(tenantIntegrations)
      .values({ tenantId: id, kind: "chatwoot", baseUrl: `https://chat.tenant-${slug}.cl`, status: "connected" })
      .returning({ id: tenantIntegrations.id });
    integrationOf[id] = integration.id;
    await db.insert(provisioningSteps).values({ tenantId: id, step: "chatwoot_account", position: 1, status: "done" });
    await db.insert(apiKeys).values({ tenantId: id, name: "n8n", prefix: `sk_${slug}`, keyHash: `hash-${slug}` });
    await db.insert(mcpCapabilities).values({ tenantId: id, name: "orders.read", enabled: true });
    await db.insert(activityLog).values({ tenantId: id, actorUserId: members[key].admin, action: "tenant.created" });
    await db.insert(webhookEvents).values({
      tenantId: id,
      integrationId: integration.id,
      deliveryKey: `delivery-${slug}`,
      event: "message_created",
      payload: { content: `hola desde ${slug}` },
    });
    await db
      .insert(outbox)
      .values({ tenantId: id, channel: "email", recipient: `hola@tenant-${slug}.cl`, template: "welcome" });
    const [contact] = await db
      .insert(contacts)
      .values({ tenantId: id, name: `Cliente ${slug}`, phones: ["+56911112222"], sources: ["chatwoot"] })
      .returning({ id: contacts.id });
    contactOf[id] = contact.id;
    await db
      .insert(contactSources)
      .values({ tenantId: id, contactId: contact.id, source: "chatwoot", externalId: "1", name: `Cliente ${slug}` });
  }
  return { tenant, integrationOf, contactOf };
}

type Row = Record<string, unknown>;

export type TableSpec = {
  /** A row the owner could insert for the tenant; `tag` keeps unique columns unique. */
  fresh(fx: Fixture, tenantId: string, tag: string): Row;
  /** Values an update sets; valid on any row of the table, and different from the seeded values. */
  change: Row;
  /**
   * For tables whose key space the fixture fills (the three products): the owner statement that
   * frees the slot `fresh` uses, and the one that fills it again.
   */
  makeRoom?(tenantId: string): ReturnType<typeof sql>;
  restore?(tenantId: string): ReturnType<typeof sql>;
};

/** A Record over TableName: a table added to tenantOwnedTables does not compile until it has a spec. */
export const tableSpecs: Record<TableName, TableSpec> = {
  tenants: {
    // Tenants own themselves: the suites target the tenant's own row for update and delete.
    fresh: (_fx, _tenantId, tag) => ({ slug: `fresh-${tag}`, legalName: `Nueva ${tag} SpA` }),
    change: { phone: "+56 9 1111 2222" },
  },
  tenant_members: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, email: `${tag}@invitada.cl`, role: "viewer", status: "invited" }),
    change: { invitedBy: "changed" },
  },
  tenant_products: {
    fresh: (_fx, tenantId) => ({ tenantId, product: "automation", status: "active" }),
    change: { status: "inactive" },
    makeRoom: (tenantId) =>
      sql`delete from public.tenant_products where tenant_id = ${tenantId} and product = 'automation'`,
    restore: (tenantId) => sql`select public.activate_default_products_for_tenant(${tenantId}::uuid)`,
  },
  tenant_domains: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, domain: `${tag}.fresh.cl`, kind: "custom" }),
    change: { verifiedAt: new Date("2026-01-02T03:04:05Z") },
  },
  tenant_integrations: {
    // (tenant_id, kind) is unique and the fixture uses chatwoot; one fresh row exists at a time.
    fresh: (_fx, tenantId) => ({ tenantId, kind: "odoo", baseUrl: "https://erp.fresh.cl" }),
    change: { lastError: "changed" },
  },
  provisioning_steps: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, step: `step-${tag}`, position: 99 }),
    change: { attempts: 7 },
  },
  api_keys: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, name: tag, prefix: `sk_${tag}`, keyHash: `hash-${tag}-${tenantId}` }),
    change: { name: "changed" },
  },
  mcp_capabilities: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, name: `cap.${tag}` }),
    change: { config: { changed: true } },
  },
  activity_log: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, action: `fresh.${tag}` }),
    change: { action: "changed" },
  },
  webhook_events: {
    fresh: (fx, tenantId, tag) => ({
      tenantId,
      integrationId: fx.integrationOf[tenantId],
      deliveryKey: `fresh-${tag}`,
      event: "message_created",
      payload: {},
    }),
    change: { event: "changed" },
  },
  outbox: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, channel: "whatsapp", recipient: `+569${tag}`, template: "welcome" }),
    change: { status: "failed" },
  },
  contacts: {
    fresh: (_fx, tenantId, tag) => ({ tenantId, name: `Fresca ${tag}` }),
    change: { notes: "changed" },
  },
  contact_sources: {
    fresh: (fx, tenantId, tag) => ({
      tenantId,
      contactId: fx.contactOf[tenantId],
      source: "odoo",
      externalId: `fresh-${tag}`,
    }),
    change: { name: "changed" },
  },
};

export type Operation = "insert" | "update" | "delete";
export type Access = { read: readonly Role[] } & Record<Operation, readonly Role[]>;

const everyone = ["admin", "staff", "viewer"] as const;
const adminOnly = ["admin"] as const;
const adminManaged: Access = { read: everyone, insert: adminOnly, update: adminOnly, delete: adminOnly };

/**
 * Who may do what within the claimed tenant, as DESIGN.md and the RLS migration intend. Written out
 * by hand, not read from pg_policies, so that a changed policy has to be matched by a changed test.
 */
export const expectedAccess: Record<TableName, Access> = {
  // Created only through create_tenant_minimal(); never deleted by users.
  tenants: { read: everyone, insert: [], update: adminOnly, delete: [] },
  tenant_members: adminManaged,
  tenant_products: adminManaged,
  tenant_domains: adminManaged,
  tenant_integrations: adminManaged,
  provisioning_steps: adminManaged,
  api_keys: { read: adminOnly, insert: adminOnly, update: adminOnly, delete: adminOnly },
  mcp_capabilities: adminManaged,
  // Append-only, for anyone who may write in the tenant.
  activity_log: { read: everyone, insert: ["admin", "staff"], update: [], delete: [] },
  // Written by service paths only.
  webhook_events: { read: everyone, insert: [], update: [], delete: [] },
  outbox: { read: adminOnly, insert: [], update: [], delete: [] },
  // Staff edit customers; erasing one (a data-subject request) is an admin's decision.
  contacts: { read: everyone, insert: ["admin", "staff"], update: ["admin", "staff"], delete: adminOnly },
  contact_sources: { read: everyone, insert: ["admin", "staff"], update: ["admin", "staff"], delete: adminOnly },
};

/**
 * Tables where a user sees rows regardless of the claimed tenant: the tenants they belong to and
 * their own membership rows (the tenant switcher). Every other table shows only the claimed tenant.
 */
export const userLevelTables: ReadonlySet<TableName> = new Set(["tenants", "tenant_members"]);
