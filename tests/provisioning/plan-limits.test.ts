// Plan limits hold where people hit them: inviting a member past the plan's seats, and the helper
// the n8n proxy calls before activating one more workflow.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/lib/db/execute-rows";
import type { Database } from "@/lib/db/open";
import { tenantMembers, users } from "@/lib/db/schema";
import type { TenantContext } from "@/lib/db/with-tenant";
import { assertWorkflowLimit } from "@/lib/plans/assert-limits";
import { inviteMember } from "@/lib/tenancy/members";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
// The request-path modules open the database through lib/db/client; point it at the test database.
const globalDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };

beforeAll(async () => {
  t = await createTestDatabase("pglite");
  globalDb.__hubDatabase = Promise.resolve(t);
});
afterAll(async () => {
  globalDb.__hubDatabase = undefined;
  await t?.dispose();
});

async function adminOf(plan: "free" | "basic" | "pro"): Promise<TenantContext> {
  const userId = `usr_${randomUUID()}`;
  const email = `${userId}@example.cl`;
  await t.db.insert(users).values({ id: userId, email, name: "Admin" });
  // The plan is the back office's to set: the tenant is created on the service path (no claims),
  // which gives the email an invited admin membership, made active here as its link would.
  const [row] = await executeRows<{ id: string }>(
    t.db,
    sql`select public.create_tenant_minimal(${`plan-${randomUUID().slice(0, 8)}`}, 'Plan SpA', ${email},
          null, null, ${plan}) as id`,
  );
  await t.db
    .update(tenantMembers)
    .set({ userId, status: "active" })
    .where(and(eq(tenantMembers.tenantId, row.id), eq(tenantMembers.email, email)));
  return { userId, email, tenantId: row.id, role: "admin" };
}

const invite = (ctx: TenantContext) =>
  inviteMember(ctx, { email: `${randomUUID()}@example.cl`, role: "staff" }, "http://hub.test");

describe("member limits", () => {
  it("Basic: the admin and two invitations fill 3 seats; a 4th is refused naming Basic and 3", async () => {
    const ctx = await adminOf("basic");
    await invite(ctx);
    await invite(ctx);
    await expect(invite(ctx)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/plan Basic ya tiene todos sus usuarios \(3\)/),
    });
  });

  it("Free: the admin alone fills the only seat", async () => {
    const ctx = await adminOf("free");
    await expect(invite(ctx)).rejects.toMatchObject({
      message: expect.stringMatching(/plan Free ya tiene todos sus usuarios \(1\)/),
    });
  });

  it("Pro: room for 10", async () => {
    const ctx = await adminOf("pro");
    for (let i = 0; i < 9; i++) await invite(ctx);
    await expect(invite(ctx)).rejects.toMatchObject({
      message: expect.stringMatching(/Pro ya tiene todos sus usuarios \(10\)/),
    });
  });

  it("two admins inviting at once cannot both take the last seat", async () => {
    const ctx = await adminOf("basic");
    await invite(ctx);
    const results = await Promise.allSettled([invite(ctx), invite(ctx)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});

describe("workflow limits", () => {
  it("Basic refuses an 11th active workflow; Pro does not", async () => {
    const basic = await adminOf("basic");
    await expect(assertWorkflowLimit(basic, 9)).resolves.toBeUndefined();
    await expect(assertWorkflowLimit(basic, 10)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/plan Basic ya tiene todos sus flujos activos \(10\)/),
    });
    await expect(assertWorkflowLimit(await adminOf("pro"), 500)).resolves.toBeUndefined();
  });
});
