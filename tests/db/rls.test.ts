// Tenant isolation under row-level security, on every test driver. Each table of tenantOwnedTables is
// walked generically, so a table added there is covered (and fails until the fixture seeds it).
// Reads: who sees which rows. Writes: tests/db/rls-writes.test.ts. Functions: tenant-functions.test.ts.
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Claims, runWithClaims } from "@/lib/db/claims";
import { executeRows } from "@/lib/db/execute-rows";
import { INSUFFICIENT_PRIVILEGE, pgErrorCode } from "@/lib/db/pg-error";
import { type Role, roles } from "@/lib/db/roles";
import { rateLimitCounters, sessions, tenantMembers, users } from "@/lib/db/schema";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";
import {
  expectedAccess,
  type Fixture,
  invitee,
  members,
  multiTenantUser,
  outsider,
  seedFixture,
  type TableName,
  tableNames,
  userLevelTables,
} from "./rls-fixtures";
import { ownedBy, tableOf, tenantColumn, visibleOwners } from "./rls-helpers";

const tablesByRole = tableNames.flatMap((name) => roles.map((role) => [name, role] as [TableName, Role]));

describe.each(drivers)("row-level security reads on %s", (driver) => {
  let t: TestDatabase;
  let fx: Fixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    fx = await seedFixture(t.db);
  });
  afterAll(() => t?.dispose());

  const read = (claims: Claims, name: TableName) => runWithClaims(t.db, claims, (tx) => visibleOwners(tx, name));
  /** The owner's count of a tenant's rows, as the list of owners a full read would return. */
  const allRowsOf = async (name: TableName, tenantId: string) => {
    const rows = await t.db
      .select({ owner: tenantColumn(name) })
      .from(tableOf(name))
      .where(ownedBy(name, tenantId));
    return rows.map(() => tenantId);
  };

  describe("the fixture", () => {
    // Without rows in both tenants every "sees nothing of B" below would pass vacuously.
    it.each(tableNames)("seeds %s for tenant A and tenant B", async (name) => {
      expect((await allRowsOf(name, fx.tenant.A)).length).toBeGreaterThan(0);
      expect((await allRowsOf(name, fx.tenant.B)).length).toBeGreaterThan(0);
    });
  });

  describe("a member of A claiming A", () => {
    it.each(tablesByRole)("%s: A's %s sees every row of A its role may read, and none of B", async (name, role) => {
      const seen = await read({ sub: members.A[role], tenant_id: fx.tenant.A, tenant_role: role }, name);
      const mayRead = expectedAccess[name].read.includes(role);
      expect(seen).toEqual(mayRead ? await allRowsOf(name, fx.tenant.A) : []);
    });
  });

  describe("a member of A claiming B (forged claim)", () => {
    it.each(tablesByRole)("%s: A's %s sees nothing of B, even claiming B's admin role", async (name, role) => {
      const forged = await read({ sub: members.A[role], tenant_id: fx.tenant.B, tenant_role: "admin" }, name);
      expect(forged).not.toContain(fx.tenant.B);
      // A forged claim must add nothing over no claim at all: user-level rows only, others empty.
      const unclaimed = await read({ sub: members.A[role] }, name);
      expect(forged).toEqual(unclaimed);
      if (!userLevelTables.has(name)) expect(forged).toEqual([]);
    });
  });

  describe("a member of A and B claiming A", () => {
    // Membership of B must not leak B's data into requests for A: only the claimed tenant counts,
    // except the user-level rows (their tenants, their own memberships) the switcher needs.
    const userLevelRowsOfB: Partial<Record<TableName, number>> = { tenants: 1, tenant_members: 1 };

    it.each(tableNames)("%s: sees B's rows only where they are the user's own", async (name) => {
      const seen = await read({ sub: multiTenantUser, tenant_id: fx.tenant.A, tenant_role: "admin" }, name);
      expect(seen.filter((owner) => owner === fx.tenant.B)).toHaveLength(userLevelRowsOfB[name] ?? 0);
    });
  });

  describe("someone who is not a member", () => {
    const strangers = [
      ["the outsider", outsider],
      ["the invitee who has not accepted", invitee],
    ] as const;
    const cases = tableNames.flatMap((name) => strangers.map(([who, userId]) => [name, who, userId] as const));

    it.each(cases)("%s: %s sees nothing, with no claim, claiming A or claiming B", async (name, _who, userId) => {
      for (const tenantId of [undefined, fx.tenant.A, fx.tenant.B]) {
        expect(await read({ sub: userId, tenant_id: tenantId, tenant_role: "admin" }, name)).toEqual([]);
      }
    });

    it("sees no tenant in v_tenant_overview", async () => {
      for (const [, userId] of strangers) {
        expect(await overviewTenants({ sub: userId })).toEqual([]);
        expect(await overviewTenants({ sub: userId, tenant_id: fx.tenant.A })).toEqual([]);
      }
    });
  });

  describe("tenant_members", () => {
    const membershipsSeen = (claims: Claims) =>
      runWithClaims(t.db, claims, (tx) =>
        tx
          .select({ tenantId: tenantMembers.tenantId, userId: tenantMembers.userId, status: tenantMembers.status })
          .from(tenantMembers)
          .orderBy(asc(tenantMembers.email)),
      );

    it("without a claimed tenant, a user sees exactly their own memberships across tenants", async () => {
      const seen = await membershipsSeen({ sub: multiTenantUser });
      expect(seen.map((m) => m.userId)).toEqual([multiTenantUser, multiTenantUser]);
      expect(seen.map((m) => m.tenantId).sort()).toEqual([fx.tenant.A, fx.tenant.B].sort());
    });

    it("claiming A, a member of A and B sees A's members and invitations, and only their own row of B", async () => {
      const seen = await membershipsSeen({ sub: multiTenantUser, tenant_id: fx.tenant.A });
      const ofA = seen.filter((m) => m.tenantId === fx.tenant.A);
      const ofB = seen.filter((m) => m.tenantId === fx.tenant.B);
      expect(ofA.length).toBe((await allRowsOf("tenant_members", fx.tenant.A)).length);
      expect(ofA.some((m) => m.status === "invited")).toBe(true);
      expect(ofB).toEqual([{ tenantId: fx.tenant.B, userId: multiTenantUser, status: "active" }]);
    });

    it("a member of B claiming B sees none of A's members", async () => {
      const seen = await membershipsSeen({ sub: members.B.viewer, tenant_id: fx.tenant.B });
      expect(seen.map((m) => m.tenantId)).not.toContain(fx.tenant.A);
      expect(seen.length).toBe((await allRowsOf("tenant_members", fx.tenant.B)).length);
    });
  });

  const overviewTenants = (claims: Claims) =>
    runWithClaims(t.db, claims, (tx) =>
      executeRows<{ tenant_id: string }>(tx, sql`select tenant_id from public.v_tenant_overview order by slug`),
    ).then((rows) => rows.map((r) => r.tenant_id));

  describe("v_tenant_overview", () => {
    // Users see only the tenant they claim: under RLS the counted tables show only that tenant's
    // rows, so a row for any other tenant would carry wrong figures.
    it.each(roles)("shows A's %s tenant A when A is claimed, and nothing otherwise", async (role) => {
      expect(await overviewTenants({ sub: members.A[role], tenant_id: fx.tenant.A })).toEqual([fx.tenant.A]);
      expect(await overviewTenants({ sub: members.A[role], tenant_id: fx.tenant.B })).toEqual([]);
      expect(await overviewTenants({ sub: members.A[role] })).toEqual([]);
    });

    it("shows a member of A and B exactly the tenant they claim", async () => {
      expect(await overviewTenants({ sub: multiTenantUser, tenant_id: fx.tenant.A })).toEqual([fx.tenant.A]);
      expect(await overviewTenants({ sub: multiTenantUser, tenant_id: fx.tenant.B })).toEqual([fx.tenant.B]);
    });

    it("summarises the claimed tenant from rows the member may read", async () => {
      const [row] = await runWithClaims(t.db, { sub: members.A.admin, tenant_id: fx.tenant.A }, (tx) =>
        executeRows<Record<string, unknown>>(
          tx,
          sql`select slug, active_members::int as active_members, pending_invitations::int as pending_invitations,
                     products, connected_integrations
              from public.v_tenant_overview where tenant_id = ${fx.tenant.A}`,
        ),
      );
      const activeMembers = await t.db
        .select({ id: tenantMembers.id })
        .from(tenantMembers)
        .where(and(eq(tenantMembers.tenantId, fx.tenant.A), eq(tenantMembers.status, "active")));
      expect(row).toEqual({
        slug: "tenant-a",
        active_members: activeMembers.length,
        pending_invitations: 1,
        products: ["automation", "chat", "erp"],
        connected_integrations: ["chatwoot"],
      });
    });
  });

  describe("identity tables", () => {
    const identityTables = { users, sessions, rate_limit_counters: rateLimitCounters };

    it.each(Object.keys(identityTables) as (keyof typeof identityTables)[])(
      "%s cannot be read as authenticated, even by an admin claiming their tenant",
      async (name) => {
        const reading = runWithClaims(t.db, { sub: members.A.admin, tenant_id: fx.tenant.A }, (tx) =>
          tx.select().from(identityTables[name]),
        );
        await expect(reading).rejects.toSatisfy((error) => pgErrorCode(error) === INSUFFICIENT_PRIVILEGE);
        // The owner sees the row, so the refusal above is not an empty table.
        expect((await t.db.select().from(identityTables[name])).length).toBeGreaterThan(0);
      },
    );

    // app.member_names() is the one window onto users (SECURITY DEFINER, so RLS does not guard it).
    const namesSeen = (claims: Claims) =>
      runWithClaims(t.db, claims, (tx) =>
        executeRows<{ user_id: string; name: string }>(tx, sql`select user_id, name from app.member_names()`),
      ).then((rows) => rows.map((r) => r.user_id).sort());
    const activeMemberIds = async (tenantId: string) =>
      (
        await t.db
          .select({ userId: tenantMembers.userId })
          .from(tenantMembers)
          .where(and(eq(tenantMembers.tenantId, tenantId), eq(tenantMembers.status, "active")))
      )
        .map((m) => String(m.userId))
        .sort();

    it.each(roles)("app.member_names() gives A's %s the names of A's active members only", async (role) => {
      const expected = await activeMemberIds(fx.tenant.A);
      expect(await namesSeen({ sub: members.A[role], tenant_id: fx.tenant.A })).toEqual(expected);
    });

    it("app.member_names() gives nothing for a claimed tenant the caller is not an active member of", async () => {
      expect(await namesSeen({ sub: members.A.admin, tenant_id: fx.tenant.B, tenant_role: "admin" })).toEqual([]);
      expect(await namesSeen({ sub: members.A.admin })).toEqual([]);
      for (const stranger of [outsider, invitee]) {
        expect(await namesSeen({ sub: stranger, tenant_id: fx.tenant.A })).toEqual([]);
      }
      // The member of both tenants gets B's names when claiming B, and only those.
      expect(await namesSeen({ sub: multiTenantUser, tenant_id: fx.tenant.B })).toEqual(
        await activeMemberIds(fx.tenant.B),
      );
    });
  });
});
