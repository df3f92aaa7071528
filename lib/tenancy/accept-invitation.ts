import "server-only";
import { and, eq } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import type { Db } from "@/lib/db/open";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db/pg-error";
import { tenantInvitations, tenantMembers, tenants } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { hashInvitationToken } from "./invitation-token";

export type InvitationState = "pending" | "accepted" | "expired";

const invalidLink = () => new ApiError("not_found", "invitation_invalid");

async function findByToken(db: Pick<Db, "select">, token: string, forUpdate: boolean) {
  const query = db
    .select({
      memberId: tenantInvitations.memberId,
      tenantId: tenantInvitations.tenantId,
      expiresAt: tenantInvitations.expiresAt,
      acceptedAt: tenantInvitations.acceptedAt,
      email: tenantMembers.email,
      role: tenantMembers.role,
      status: tenantMembers.status,
      slug: tenants.slug,
      legalName: tenants.legalName,
      tenantStatus: tenants.status,
    })
    .from(tenantInvitations)
    .innerJoin(tenantMembers, eq(tenantMembers.id, tenantInvitations.memberId))
    .innerJoin(tenants, eq(tenants.id, tenantInvitations.tenantId))
    .where(eq(tenantInvitations.tokenHash, hashInvitationToken(token)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) return null;
  const state: InvitationState =
    row.acceptedAt || row.status === "active"
      ? "accepted"
      : row.expiresAt <= new Date() || row.tenantStatus === "cancelled"
        ? "expired"
        : "pending";
  return { ...row, state };
}

/** What the invitation page shows for a link: whose invitation, to what, and whether it still works. */
export async function describeInvitation(db: Db, token: string) {
  const row = await findByToken(db, token, false);
  return row ? { email: row.email, role: row.role, legalName: row.legalName, state: row.state } : null;
}

/**
 * Accepts the invitation behind the link for the signed-in account: the link proves the invited
 * address (it was sent there), and the account must be that address's, so the member the admin
 * invited is the one who joins. Single-use and expiring. Service path: the person is not a member yet.
 */
export async function acceptInvitation(db: Db, identity: Identity, token: string, now = new Date()) {
  try {
    return await db.transaction(async (tx) => {
      const row = await findByToken(tx, token, true);
      if (!row) throw invalidLink();
      if (row.state === "accepted") throw new ApiError("conflict", "invitation_used");
      if (row.state === "expired" || row.expiresAt <= now) {
        throw new ApiError("conflict", "invitation_expired");
      }
      if (row.email.toLowerCase() !== identity.email.toLowerCase()) {
        throw new ApiError("forbidden", "invitation_other_email", { details: { email: row.email } });
      }
      await tx
        .update(tenantMembers)
        .set({ userId: identity.userId, status: "active" })
        .where(and(eq(tenantMembers.tenantId, row.tenantId), eq(tenantMembers.id, row.memberId)));
      await tx
        .update(tenantInvitations)
        .set({ acceptedAt: now })
        .where(and(eq(tenantInvitations.tenantId, row.tenantId), eq(tenantInvitations.memberId, row.memberId)));
      return { tenant: { id: row.tenantId, slug: row.slug }, role: row.role };
    });
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) {
      throw new ApiError("conflict", "already_member");
    }
    throw error;
  }
}
