// Invitations are accepted only through the single-use, expiring link sent to the invited address,
// by an account of that address: signing up or in with the email is not enough.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/local-accounts";
import type { Database } from "@/lib/db/open";
import { outbox, tenantInvitations, tenantMembers } from "@/lib/db/schema";
import { acceptInvitation } from "@/lib/tenancy/accept-invitation";
import { registerTestTenant } from "../provisioning/fixtures";
import { createLocalAccount } from "../support/local-accounts";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";

const globalDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };
const meta = { ip: "203.0.113.7" };
const password = "una-clave-segura-123";

describe.each(drivers)("member invitations on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    globalDb.__hubDatabase = Promise.resolve(t);
  });
  afterAll(async () => {
    globalDb.__hubDatabase = undefined;
    await t?.dispose();
  });

  /** A back-office tenant: its email is an invited admin, and the link went to that email. */
  async function invitedTenant() {
    const email = `invitada-${Math.random().toString(36).slice(2, 10)}@example.cl`;
    const tenant = await registerTestTenant(t.db, { email });
    const [message] = await t.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(and(eq(outbox.tenantId, tenant.id), eq(outbox.template, "member_invitation")));
    const link = new URL(String(message.payload.link));
    return { tenant, email, link, token: link.searchParams.get("token") ?? "" };
  }
  const membersOf = (tenantId: string) => t.db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, tenantId));

  it("an account signing up, then in, with the invited email gets no membership without the link", async () => {
    const { tenant, email } = await invitedTenant();
    await createLocalAccount({ name: "Quien Sea", email, password }, meta);
    await signIn({ email, password }, meta);
    expect(await membersOf(tenant.id)).toEqual([
      expect.objectContaining({ email, role: "admin", status: "invited", userId: null }),
    ]);
  });

  it("sends a link to the invited email and stores only the token's hash", async () => {
    const { tenant, link, token } = await invitedTenant();
    expect(link.pathname).toBe("/onboarding/invitation");
    expect(token.length).toBeGreaterThanOrEqual(40);
    const [row] = await t.db.select().from(tenantInvitations).where(eq(tenantInvitations.tenantId, tenant.id));
    expect(row.tokenHash).not.toContain(token);
  });

  it("the link works once, for the invited address only", async () => {
    const { tenant, email, token } = await invitedTenant();
    const { identity } = await createLocalAccount({ name: "Dueña", email, password }, meta);
    const other = (await createLocalAccount({ name: "Otra", email: `otra-${tenant.id}@example.cl`, password }, meta))
      .identity;

    await expect(acceptInvitation(t.db, other, token)).rejects.toMatchObject({ code: "forbidden" });
    expect(await acceptInvitation(t.db, identity, token)).toMatchObject({
      tenant: { id: tenant.id, slug: tenant.slug },
      role: "admin",
    });
    expect(await membersOf(tenant.id)).toEqual([
      expect.objectContaining({ email, role: "admin", status: "active", userId: identity.userId }),
    ]);
    await expect(acceptInvitation(t.db, identity, token)).rejects.toMatchObject({
      code: "conflict",
      message: "Esta invitación ya se usó.",
    });
    await expect(acceptInvitation(t.db, identity, `${token}x`)).rejects.toMatchObject({ code: "not_found" });
  });

  it("the link does not work after it expires", async () => {
    const { tenant, email, token } = await invitedTenant();
    const { identity } = await createLocalAccount({ name: "Tarde", email, password }, meta);
    const eightDays = new Date(Date.now() + 8 * 24 * 3_600_000);
    await expect(acceptInvitation(t.db, identity, token, eightDays)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/venció/),
    });
    expect((await membersOf(tenant.id))[0]).toMatchObject({ status: "invited", userId: null });
  });

  it("only an admin of the claimed tenant can issue a link; the service path names its tenant", async () => {
    const { tenant } = await invitedTenant();
    const [member] = await membersOf(tenant.id);
    const issue = (claims: Record<string, unknown>) =>
      t.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`);
        await tx.execute(sql`set local role authenticated`);
        await tx.execute(
          sql`select app.issue_member_invitation(${tenant.id}::uuid, ${member.id}::uuid, 'h', now(), 'http://x')`,
        );
      });
    // The invited admin is no member yet, and claims alone grant nothing.
    await expect(
      issue({ sub: "usr_nadie", role: "authenticated", tenant_id: tenant.id, tenant_role: "admin" }),
    ).rejects.toThrow();
  });
});
