import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import type { Db } from "@/lib/db/open";
import { tenantMembers, tenantSignups, tenants, users } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { signupTokenMatches } from "./signup-token";

export type ConfirmedSignup = {
  tenantId: string;
  slug: string;
  /** The account created from the wizard's password, to sign in now; null when there was none to create. */
  newUser: Identity | null;
  alreadyConfirmed: boolean;
};

const invalidLink = () => new ApiError("not_found", "confirm_link_invalid");

/**
 * The customer opened the link: the email (or WhatsApp number) is theirs. Creates their account from
 * the password hash kept since the wizard (then drops the hash) and turns the invitation into an
 * active admin membership. The link signs in only this once; opened again it just says "confirmed".
 */
export async function confirmSignup(
  db: Db,
  input: { tenantId: string; token: string },
  now = new Date(),
): Promise<ConfirmedSignup> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        tokenHash: tenantSignups.tokenHash,
        expiresAt: tenantSignups.expiresAt,
        confirmedAt: tenantSignups.confirmedAt,
        passwordHash: tenantSignups.passwordHash,
        contactName: tenantSignups.contactName,
        slug: tenants.slug,
        email: tenants.email,
        status: tenants.status,
      })
      .from(tenantSignups)
      .innerJoin(tenants, eq(tenants.id, tenantSignups.tenantId))
      .where(eq(tenantSignups.tenantId, input.tenantId))
      .for("update");
    if (!row || !signupTokenMatches(input.token, row.tokenHash)) throw invalidLink();
    const result = { tenantId: input.tenantId, slug: row.slug, newUser: null, alreadyConfirmed: true };
    if (row.confirmedAt) return result;
    if (row.status === "cancelled" || row.expiresAt < now) {
      throw new ApiError("conflict", "confirm_link_expired");
    }

    await tx
      .update(tenantSignups)
      .set({ confirmedAt: now, passwordHash: null })
      .where(eq(tenantSignups.tenantId, input.tenantId));

    let newUser: Identity | null = null;
    const email = (row.email ?? "").toLowerCase();
    const [existing] = email
      ? await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`)
      : [];
    // An account made with that email since the wizard keeps its own password.
    if (!existing && row.passwordHash && email) {
      newUser = { userId: `usr_${randomUUID()}`, email, name: row.contactName };
      await tx
        .insert(users)
        .values({ id: newUser.userId, email, name: row.contactName, passwordHash: row.passwordHash });
    }
    const userId = newUser?.userId ?? existing?.id;
    if (userId) {
      // The link proves the email is theirs, which is all sign-in checks before accepting invitations.
      await tx
        .update(tenantMembers)
        .set({ userId, status: "active" })
        .where(
          and(
            eq(tenantMembers.tenantId, input.tenantId),
            eq(tenantMembers.status, "invited"),
            sql`lower(${tenantMembers.email}) = ${email}`,
          ),
        );
    }
    return { ...result, newUser, alreadyConfirmed: false };
  });
}
