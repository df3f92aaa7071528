// create_tenant_minimal() and activate_default_products_for_tenant() are SECURITY DEFINER, so they
// bypass RLS: what they let a caller do is checked here, on every test driver.
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Claims, runWithClaims } from "@/lib/db/claims";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db, Tx } from "@/lib/db/open";
import { INSUFFICIENT_PRIVILEGE, pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db/pg-error";
import { tenantMembers, tenantProducts, tenants, users } from "@/lib/db/schema";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";
import { type Fixture, members, seedFixture } from "./rls-fixtures";

const founder = "user-founder";
const DAY_MS = 86_400_000;

type NewTenant = { slug: string; legalName: string; email: string; status?: string };

/** Calls create_tenant_minimal with every argument spelled out, so a test can vary p_status. */
async function createTenant(tx: Db | Tx, t: NewTenant): Promise<string> {
  const status = t.status ?? "active";
  const [row] = await executeRows<{ id: string }>(
    tx,
    sql`select public.create_tenant_minimal(${t.slug}, ${t.legalName}, ${t.email}, null, null, 'free', ${status}) as id`,
  );
  return row.id;
}

const errorCodeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (error: unknown) => pgErrorCode(error) ?? String(error),
  );

describe.each(drivers)("tenant functions on %s", (driver) => {
  let t: TestDatabase;
  let fx: Fixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    fx = await seedFixture(t.db);
    await t.db.insert(users).values({ id: founder, email: "fundadora@example.cl" });
  });
  afterAll(() => t?.dispose());

  const asUser = <T>(claims: Claims, fn: (tx: Tx) => Promise<T>) => runWithClaims(t.db, claims, fn);
  const tenantBySlug = async (slug: string) => (await t.db.select().from(tenants).where(eq(tenants.slug, slug)))[0];
  const membersOf = (tenantId: string) => t.db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, tenantId));
  const productsOf = (tenantId: string) =>
    t.db
      .select()
      .from(tenantProducts)
      .where(eq(tenantProducts.tenantId, tenantId))
      .orderBy(asc(tenantProducts.product));

  describe("create_tenant_minimal", () => {
    it("as a user, creates an active tenant with that user as its active admin and three trials", async () => {
      const startedAt = Date.now();
      const id = await asUser({ sub: founder }, (tx) =>
        createTenant(tx, { slug: "almacen-nuevo", legalName: "Almacén Nuevo SpA", email: "Fundadora@Example.cl" }),
      );

      expect(await tenantBySlug("almacen-nuevo")).toMatchObject({
        id,
        status: "active",
        email: "fundadora@example.cl",
      });
      expect(await membersOf(id)).toEqual([
        expect.objectContaining({ userId: founder, email: "fundadora@example.cl", role: "admin", status: "active" }),
      ]);
      const products = await productsOf(id);
      expect(products.map((p) => [p.product, p.status])).toEqual([
        ["automation", "trial"],
        ["chat", "trial"],
        ["erp", "trial"],
      ]);
      for (const p of products) {
        const daysLeft = ((p.trialEndsAt?.getTime() ?? 0) - startedAt) / DAY_MS;
        expect(daysLeft).toBeGreaterThan(13.9);
        expect(daysLeft).toBeLessThan(14.1);
      }

      // The new admin reaches the tenant through RLS straight away.
      const seen = await asUser({ sub: founder, tenant_id: id }, (tx) => tx.select().from(tenantProducts));
      expect(seen).toHaveLength(3);
    });

    it.each(["preparing", "provisioning", "suspended", "cancelled"])(
      "as a user, refuses to create a tenant in status %s",
      async (status) => {
        const slug = `estado-${status}`;
        const creating = asUser({ sub: founder }, (tx) =>
          createTenant(tx, { slug, legalName: "Estado SpA", email: "fundadora@example.cl", status }),
        );
        expect(await errorCodeOf(creating)).toBe(INSUFFICIENT_PRIVILEGE);
        expect(await tenantBySlug(slug)).toBeUndefined();
      },
    );

    it("as authenticated without a user id, refuses", async () => {
      const creating = asUser({ sub: "" }, (tx) =>
        createTenant(tx, { slug: "sin-usuario", legalName: "Sin Usuario SpA", email: "x@example.cl" }),
      );
      expect(await errorCodeOf(creating)).toBe(INSUFFICIENT_PRIVILEGE);
      expect(await tenantBySlug("sin-usuario")).toBeUndefined();
    });

    it("as authenticated with no claims at all, refuses rather than taking the service path", async () => {
      // A session switched to `authenticated` whose claims were never set must not act as a service.
      const creating = t.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'authenticated', true)`);
        return createTenant(tx, { slug: "sin-claims", legalName: "Sin Claims SpA", email: "x@example.cl" });
      });
      expect(await errorCodeOf(creating)).toBe(INSUFFICIENT_PRIVILEGE);
      expect(await tenantBySlug("sin-claims")).toBeUndefined();
    });

    it.each(["pro", "enterprise"])("as a user, refuses to pick the %s plan for themself", async (plan) => {
      const slug = `plan-${plan}`;
      const creating = asUser({ sub: founder }, (tx) =>
        executeRows(
          tx,
          sql`select public.create_tenant_minimal(${slug}, 'Plan SpA', 'fundadora@example.cl', null, null, ${plan})`,
        ),
      );
      expect(await errorCodeOf(creating)).toBe(INSUFFICIENT_PRIVILEGE);
      expect(await tenantBySlug(slug)).toBeUndefined();
    });

    it("on the service path (no claims), creates an invited admin membership for the email", async () => {
      const id = await createTenant(t.db, {
        slug: "pedido-backoffice",
        legalName: "Backoffice SpA",
        email: "Duena@Backoffice.cl",
        status: "preparing",
      });
      expect(await tenantBySlug("pedido-backoffice")).toMatchObject({ id, status: "preparing" });
      expect(await membersOf(id)).toEqual([
        expect.objectContaining({ userId: null, email: "duena@backoffice.cl", role: "admin", status: "invited" }),
      ]);
      expect(await productsOf(id)).toHaveLength(3);
    });

    it("refuses a slug already taken with a unique violation, for users and service paths", async () => {
      const taken = { slug: "tenant-a", legalName: "Copia SpA", email: "fundadora@example.cl" };
      expect(await errorCodeOf(asUser({ sub: founder }, (tx) => createTenant(tx, taken)))).toBe(UNIQUE_VIOLATION);
      expect(await errorCodeOf(createTenant(t.db, taken))).toBe(UNIQUE_VIOLATION);
      expect(await t.db.select().from(tenants).where(eq(tenants.slug, "tenant-a"))).toHaveLength(1);
    });
  });

  describe("activate_default_products_for_tenant", () => {
    it("cannot be called as authenticated: it would write another tenant's products past RLS", async () => {
      await t.db.delete(tenantProducts).where(eq(tenantProducts.tenantId, fx.tenant.B));
      try {
        const calling = asUser({ sub: members.A.admin, tenant_id: fx.tenant.A }, (tx) =>
          tx.execute(sql`select public.activate_default_products_for_tenant(${fx.tenant.B}::uuid)`),
        );
        expect(await errorCodeOf(calling)).toBe(INSUFFICIENT_PRIVILEGE);
        expect(await productsOf(fx.tenant.B)).toEqual([]);
      } finally {
        await t.db.execute(sql`select public.activate_default_products_for_tenant(${fx.tenant.B}::uuid)`);
      }
    });

    it("is idempotent: running it again keeps the existing rows", async () => {
      const before = await productsOf(fx.tenant.A);
      await t.db.execute(sql`select public.activate_default_products_for_tenant(${fx.tenant.A}::uuid, 30)`);
      expect(await productsOf(fx.tenant.A)).toEqual(before);
    });
  });
});
