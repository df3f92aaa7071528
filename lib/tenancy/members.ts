import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import { executeRows } from "@/lib/db/execute-rows";
import type { Tx } from "@/lib/db/open";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db/pg-error";
import { type Role, tenantMembers, tenants } from "@/lib/db/schema";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { ApiError, notFound } from "@/lib/errors";
import { checkMemberLimit } from "@/lib/plans/limits";
import { isUuid } from "@/lib/uuid";
import { issueInvitationLink } from "./invitation-token";

export type Member = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: "invited" | "active";
  isYou: boolean;
  createdAt: Date;
};

export async function listMembers(ctx: TenantContext): Promise<Member[]> {
  const { rows, names } = await withTenant(ctx, async (tx) => ({
    rows: await tx
      .select({
        id: tenantMembers.id,
        email: tenantMembers.email,
        role: tenantMembers.role,
        status: tenantMembers.status,
        userId: tenantMembers.userId,
        createdAt: tenantMembers.createdAt,
      })
      .from(tenantMembers)
      .where(eq(tenantMembers.tenantId, ctx.tenantId))
      .orderBy(asc(tenantMembers.status), asc(tenantMembers.email)),
    // users is closed to request code; this function returns only this tenant's members' names.
    names: await executeRows<{ user_id: string; name: string }>(tx, sql`select * from app.member_names()`),
  }));
  const nameOf = new Map(names.map((n) => [n.user_id, n.name]));
  return rows.map(({ userId, ...m }) => ({
    ...m,
    name: userId ? (nameOf.get(userId) ?? null) : null,
    isYou: userId === ctx.userId,
  }));
}

/** Invites by email and sends the single-use link to that address (the only way to accept). */
export async function inviteMember(ctx: TenantContext, input: { email: string; role: Role }, origin: string) {
  try {
    return await withTenant(ctx, async (tx) => {
      await assertSeatAvailable(tx, ctx);
      const [member] = await tx
        .insert(tenantMembers)
        .values({
          tenantId: ctx.tenantId,
          email: input.email,
          role: input.role,
          status: "invited",
          invitedBy: ctx.userId,
        })
        .returning({ id: tenantMembers.id });
      await issueInvitationLink(tx, { tenantId: ctx.tenantId, memberId: member.id }, origin);
      await logActivity(tx, ctx, "member.invited", input.email, { role: input.role });
      return member;
    });
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) {
      throw new ApiError("conflict", "member_exists", { fields: { email: ["member_exists"] } });
    }
    throw error;
  }
}

export async function changeMemberRole(ctx: TenantContext, memberId: string, role: Role) {
  return withTenant(ctx, async (tx) => {
    const member = await getMemberOrThrow(tx, ctx, memberId);
    if (member.role === "admin" && role !== "admin") await assertAnotherAdmin(tx, ctx, memberId);
    await tx
      .update(tenantMembers)
      .set({ role })
      .where(and(eq(tenantMembers.tenantId, ctx.tenantId), eq(tenantMembers.id, memberId)));
    await logActivity(tx, ctx, "member.role_changed", member.email, { from: member.role, to: role });
  });
}

export async function removeMember(ctx: TenantContext, memberId: string) {
  return withTenant(ctx, async (tx) => {
    const member = await getMemberOrThrow(tx, ctx, memberId);
    if (member.role === "admin") await assertAnotherAdmin(tx, ctx, memberId);
    await tx.delete(tenantMembers).where(and(eq(tenantMembers.tenantId, ctx.tenantId), eq(tenantMembers.id, memberId)));
    await logActivity(tx, ctx, "member.removed", member.email, { role: member.role });
  });
}

/**
 * The plan's user limit counts active members and pending invitations alike. Locking the tenant row
 * serializes two admins inviting at the same moment, so neither can slip past the count.
 */
async function assertSeatAvailable(tx: Tx, ctx: TenantContext) {
  const [tenant] = await tx
    .select({ plan: tenants.plan })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId))
    .for("update");
  if (!tenant) throw notFound("workspace");
  const [{ count }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(tenantMembers)
    .where(eq(tenantMembers.tenantId, ctx.tenantId));
  checkMemberLimit(tenant.plan, count);
}

/** Another tenant's member id answers 404, exactly like an id that does not exist. */
async function getMemberOrThrow(tx: Tx, ctx: TenantContext, memberId: string) {
  if (!isUuid(memberId)) throw notFound("member");
  const [member] = await tx
    .select()
    .from(tenantMembers)
    .where(and(eq(tenantMembers.tenantId, ctx.tenantId), eq(tenantMembers.id, memberId)))
    .for("update");
  if (!member) throw notFound("member");
  return member;
}

/** The last active admin can be neither demoted nor removed: the tenant would be unmanageable. */
async function assertAnotherAdmin(tx: Tx, ctx: TenantContext, exceptMemberId: string) {
  // Locking the admin rows serializes two admins demoting each other at the same moment.
  const others = await tx
    .select({ id: tenantMembers.id })
    .from(tenantMembers)
    .where(
      and(
        eq(tenantMembers.tenantId, ctx.tenantId),
        eq(tenantMembers.role, "admin"),
        eq(tenantMembers.status, "active"),
        ne(tenantMembers.id, exceptMemberId),
      ),
    )
    .for("update");
  if (others.length === 0) {
    throw new ApiError("conflict", "last_admin");
  }
}
