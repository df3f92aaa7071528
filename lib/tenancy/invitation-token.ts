import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";

/** How long an invitation link works; an admin re-invites after that. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The link's token is 32 random bytes; only its SHA-256 is stored, so a database leak accepts nothing. */
export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const invitationLink = (origin: string, token: string) => `${origin}/onboarding/invitation?token=${token}`;

/**
 * Issues the pending invitation's single-use link and queues it to the invited email, inside the
 * caller's transaction (an admin's withTenant(), or a service path for the tenant's first admin).
 */
export async function issueInvitationLink(
  tx: Tx,
  invitation: { tenantId: string; memberId: string },
  origin: string,
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  await tx.execute(
    sql`select app.issue_member_invitation(${invitation.tenantId}::uuid, ${invitation.memberId}::uuid,
          ${hashInvitationToken(token)}, ${expiresAt}::timestamptz, ${invitationLink(origin, token)})`,
  );
  return { token };
}
