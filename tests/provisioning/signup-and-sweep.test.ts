// Signing up (a `preparing` tenant, its invitation, the confirmation link queued for both channels),
// confirming (the account from the kept password hash, the admin membership) and the 24-hour sweep,
// with the clock passed in.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { outbox, tenantMembers, tenantSignups, tenants, users } from "@/lib/db/schema";
import { cancelUnconfirmedSignups } from "@/lib/onboarding/cancel-unconfirmed";
import { confirmSignup } from "@/lib/onboarding/confirm-signup";
import { isRutRegistered, registerTenant } from "@/lib/onboarding/register-tenant";
import { requestProvisioning } from "@/lib/provisioning/request-provisioning";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { freshRut, registerTestTenant } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase("pglite");
});
afterAll(() => t?.dispose());

const HOUR = 3_600_000;
const tokenOf = async (tenantId: string) => {
  const [row] = await t.db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.tenantId, tenantId), eq(outbox.template, "signup_confirmation"), eq(outbox.channel, "email")));
  return new URL(String(row.payload.link)).searchParams.get("token") ?? "";
};
const statusOf = async (id: string) => (await t.db.select().from(tenants).where(eq(tenants.id, id)))[0];

describe("signup", () => {
  it("creates a preparing tenant whose email is an invited admin, and queues the link by email and WhatsApp", async () => {
    const email = "dueña.ferreteria@example.cl".replace("ñ", "n");
    const tenant = await registerTestTenant(t.db, { email, legalName: "Ferretería El Roble SpA" });
    expect(tenant).toMatchObject({ slug: "ferreteria-el-roble-spa", status: "preparing" });
    expect((await statusOf(tenant.id)).status).toBe("preparing");
    const members = await t.db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, tenant.id));
    expect(members).toEqual([expect.objectContaining({ email, role: "admin", status: "invited", userId: null })]);
    const queued = await t.db.select().from(outbox).where(eq(outbox.tenantId, tenant.id));
    expect(queued.map((m) => [m.channel, m.recipient, m.template, m.status]).sort()).toEqual([
      ["email", email, "member_invitation", "pending"],
      ["email", email, "signup_confirmation", "pending"],
      ["whatsapp", "+56912345678", "signup_confirmation", "pending"],
    ]);
    const token = await tokenOf(tenant.id);
    expect(String(queued.find((m) => m.template === "signup_confirmation")?.payload.link)).toBe(
      `http://hub.test/onboarding/confirm?tenant=${tenant.id}&token=${token}`,
    );
    // Only the token's hash is stored.
    const [signup] = await t.db.select().from(tenantSignups).where(eq(tenantSignups.tenantId, tenant.id));
    expect(signup.tokenHash).not.toContain(token);
  });

  it("refuses a registered RUT and gives the next free address for a taken name", async () => {
    const first = await registerTestTenant(t.db, { legalName: "Almacén Doña Rosa" });
    const second = await registerTestTenant(t.db, { legalName: "Almacén Doña Rosa" });
    expect(second.slug).toBe(`${first.slug}-2`);
    const [row] = await t.db.select({ rut: tenants.rut }).from(tenants).where(eq(tenants.id, first.id));
    const again = registerTenant(
      t.db,
      { rut: row.rut ?? "", legalName: "Otra", email: "x@example.cl", phone: "+56911111111", plan: "free" },
      "http://hub.test",
    );
    await expect(again).rejects.toMatchObject({
      code: "conflict",
      details: { fieldErrors: { rut: expect.any(Array) } },
    });
    const explicitSlug = registerTenant(
      t.db,
      {
        rut: freshRut(),
        legalName: "Otra",
        email: "x@example.cl",
        phone: "+56911111111",
        plan: "free",
        slug: first.slug,
      },
      "http://hub.test",
    );
    await expect(explicitSlug).rejects.toMatchObject({
      code: "conflict",
      details: { fieldErrors: { slug: expect.any(Array) } },
    });
  });
});

describe("confirmation", () => {
  it("creates the account from the kept password, makes it the active admin, and works only once", async () => {
    const email = `confirma-${Date.now()}@example.cl`;
    const tenant = await registerTenant(
      t.db,
      {
        rut: freshRut(),
        legalName: "Peluquería Estilo",
        email,
        phone: "+56922222222",
        plan: "basic",
        contactName: "Javiera",
        passwordHash: await hashPassword("una-clave-segura-123"),
      },
      "http://hub.test",
    );
    const token = await tokenOf(tenant.id);
    await expect(confirmSignup(t.db, { tenantId: tenant.id, token: `${token}x` })).rejects.toMatchObject({
      code: "not_found",
    });

    const confirmed = await confirmSignup(t.db, { tenantId: tenant.id, token });
    expect(confirmed).toMatchObject({ alreadyConfirmed: false, newUser: { email, name: "Javiera" } });
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    expect(await verifyPassword("una-clave-segura-123", user.passwordHash ?? "")).toBe(true);
    const [member] = await t.db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, tenant.id));
    expect(member).toMatchObject({ userId: user.id, status: "active", role: "admin" });
    const [signup] = await t.db.select().from(tenantSignups).where(eq(tenantSignups.tenantId, tenant.id));
    expect(signup.passwordHash).toBeNull();

    expect(await confirmSignup(t.db, { tenantId: tenant.id, token })).toMatchObject({
      alreadyConfirmed: true,
      newUser: null,
    });
  });
});

describe("the 24-hour sweep", () => {
  it("cancels signups unconfirmed for 24 hours, frees their RUT and address, and leaves the rest", async () => {
    const createdAt = new Date();
    const stale = await registerTestTenant(t.db, { legalName: "Botillería Olvidada" }, createdAt);
    const confirmed = await registerTestTenant(t.db, {}, createdAt);
    await requestProvisioning(t.db, confirmed.id, "http://hub.test");
    const [{ rut }] = await t.db.select({ rut: tenants.rut }).from(tenants).where(eq(tenants.id, stale.id));
    const token = await tokenOf(stale.id);

    expect(await cancelUnconfirmedSignups(t.db, new Date(createdAt.getTime() + 23 * HOUR))).toEqual([]);
    expect((await statusOf(stale.id)).status).toBe("preparing");

    const cancelled = await cancelUnconfirmedSignups(t.db, new Date(createdAt.getTime() + 24 * HOUR + 60_000));
    expect(cancelled).toContain(stale.id);
    expect(cancelled).not.toContain(confirmed.id);
    const after = await statusOf(stale.id);
    expect(after.status).toBe("cancelled");
    expect(after.slug).toMatch(/^c-[0-9a-f]{32}$/);
    expect((await statusOf(confirmed.id)).status).toBe("provisioning");
    // No one can join it, its unsent messages are dropped, and the link is dead.
    expect(await t.db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, stale.id))).toEqual([]);
    const messages = await t.db.select().from(outbox).where(eq(outbox.tenantId, stale.id));
    expect(messages.every((m) => m.status === "failed")).toBe(true);
    await expect(confirmSignup(t.db, { tenantId: stale.id, token })).rejects.toMatchObject({ code: "conflict" });
    await expect(requestProvisioning(t.db, stale.id, "http://hub.test")).rejects.toMatchObject({ code: "conflict" });

    // The company may sign up again with the same RUT and name.
    expect(await isRutRegistered(t.db, rut ?? "")).toBe(false);
    const again = await registerTenant(
      t.db,
      {
        rut: rut ?? "",
        legalName: "Botillería Olvidada",
        email: "otra@example.cl",
        phone: "+56933333333",
        plan: "free",
      },
      "http://hub.test",
    );
    expect(again.slug).toBe(stale.slug);

    // Running the sweep again finds nothing new.
    expect(await cancelUnconfirmedSignups(t.db, new Date(createdAt.getTime() + 25 * HOUR))).not.toContain(stale.id);
  });
});
