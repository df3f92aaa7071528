import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db/pg-error";
import { outbox, pendingSignUps, users } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { enqueueAccountMessage } from "@/lib/outbox/enqueue";
import { outboxListingColumns } from "@/lib/outbox/listing";
import type { Identity } from "./identity";
import { verifyPassword } from "./password";

// Local sign-up goes through the address (supabase/migrations/*_sign_up_verification.sql): a new
// email gets a single-use, expiring link that creates the account; an existing one gets a notice.
// Both answer the same, so the answer says nothing about which emails have accounts.

/** How long a sign-up link works; signing up again sends a new one (and the old one stops working). */
export const SIGN_UP_TTL_MS = 24 * 60 * 60 * 1000;
/** Where a verified account goes when the sign-up named no `next`: the business signup wizard. */
export const AFTER_SIGN_UP_PATH = "/onboarding";
/** How long a stale pending sign-up is kept after its link expired (for the "expired" message). */
const KEEP_EXPIRED_MS = 7 * 24 * 60 * 60 * 1000;

/** The link's token is 32 random bytes; only its SHA-256 is stored, so a database leak verifies nothing. */
export const hashSignUpToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const signUpVerifyLink = (origin: string, token: string) =>
  `${origin}/sign-up/verify?${new URLSearchParams({ token })}`;

const signInLink = (origin: string, next: string) =>
  next === AFTER_SIGN_UP_PATH ? `${origin}/sign-in` : `${origin}/sign-in?${new URLSearchParams({ next })}`;

export type SignUpLinkState = "pending" | "verified" | "expired";

const invalidLink = () => new ApiError("not_found", "signup_link_invalid");
const usedLink = () => new ApiError("conflict", "signup_link_used");
const expiredLink = () => new ApiError("conflict", "signup_link_expired");
const passwordMismatch = () => new ApiError("forbidden", "password_mismatch");
const emailTaken = () => new ApiError("conflict", "email_taken");

const stateOf = (row: { verifiedAt: Date | null; expiresAt: Date }, now: Date): SignUpLinkState =>
  row.verifiedAt ? "verified" : row.expiresAt <= now ? "expired" : "pending";

/**
 * The mail a sign-up sends, in one transaction with what it records: for an address with an account,
 * a notice with a sign-in link (no token, nothing else changes); for a new one, the pending sign-up
 * (replacing an earlier one for the address: the newest link wins) and its link.
 */
export async function recordSignUp(
  db: Db,
  input: { email: string; name: string; passwordHash: string; next: string },
  existing: { name: string } | undefined,
  origin: string,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    if (existing) {
      await enqueueAccountMessage(tx, input.email, "sign_up_existing_account", {
        link: signInLink(origin, input.next),
        contactName: existing.name,
      });
      return;
    }
    const token = randomBytes(32).toString("base64url");
    const row = {
      name: input.name,
      passwordHash: input.passwordHash,
      tokenHash: hashSignUpToken(token),
      nextPath: input.next,
      expiresAt: new Date(now.getTime() + SIGN_UP_TTL_MS),
      verifiedAt: null,
      createdAt: now,
    };
    await tx
      .insert(pendingSignUps)
      .values({ email: input.email, ...row })
      .onConflictDoUpdate({ target: pendingSignUps.email, set: row });
    await enqueueAccountMessage(tx, input.email, "sign_up_verification", {
      link: signUpVerifyLink(origin, token),
      contactName: input.name,
    });
  });
}

const stateColumns = { verifiedAt: pendingSignUps.verifiedAt, expiresAt: pendingSignUps.expiresAt };

/** What the verify page shows for a link, read only (mail scanners open links): null when unknown. */
export async function describeSignUpLink(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ email: pendingSignUps.email, nextPath: pendingSignUps.nextPath, ...stateColumns })
    .from(pendingSignUps)
    .where(eq(pendingSignUps.tokenHash, hashSignUpToken(token)));
  return row ? { email: row.email, next: row.nextPath, state: stateOf(row, now) } : null;
}

/**
 * The link's button: creates the account from the pending sign-up and uses the token up, in one
 * transaction, once the password given matches the one chosen at sign-up. The pending row is locked
 * first, so of two verifications of one token the second waits and then finds it used; an address
 * that got an account meanwhile (Clerk, the signup wizard) is a 409, never a second account (users
 * has a unique index on lower(email)).
 */
export async function verifyPendingSignUp(
  db: Db,
  input: { token: string; password: string },
  now = new Date(),
): Promise<{ identity: Identity; next: string }> {
  const { token } = input;
  // The password is checked before the transaction: a hash check takes tens of milliseconds and
  // megabytes, and must not hold the row's lock (or PGlite's one connection) meanwhile. The
  // transaction then confirms the pending sign-up is still the one that was checked.
  const [unlocked] = await db
    .select({ passwordHash: pendingSignUps.passwordHash })
    .from(pendingSignUps)
    .where(eq(pendingSignUps.tokenHash, hashSignUpToken(token)));
  // The hash the password matched; null when it matched none; undefined with nothing to check (an
  // unknown or used link, which the transaction names).
  let checked: string | null | undefined;
  if (unlocked?.passwordHash) {
    checked = (await verifyPassword(input.password, unlocked.passwordHash)) ? unlocked.passwordHash : null;
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(pendingSignUps)
        .where(eq(pendingSignUps.tokenHash, hashSignUpToken(token)))
        .for("update");
      if (!row) throw invalidLink();
      const state = stateOf(row, now);
      if (state === "verified" || !row.passwordHash) throw usedLink();
      if (state === "expired") throw expiredLink();
      // The account gets the pending password, so it must be the activating person's own. A mismatch
      // changes nothing: the link keeps working for whoever knows the password.
      if (checked === null) throw passwordMismatch();
      if (checked !== row.passwordHash) throw invalidLink();
      const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email}`);
      if (taken) throw emailTaken();
      const identity: Identity = { userId: `usr_${randomUUID()}`, email: row.email, name: row.name };
      await tx
        .insert(users)
        .values({ id: identity.userId, email: row.email, name: row.name, passwordHash: row.passwordHash });
      await tx
        .update(pendingSignUps)
        .set({ verifiedAt: now, passwordHash: null })
        .where(eq(pendingSignUps.email, row.email));
      return { identity, next: row.nextPath };
    });
  } catch (error) {
    // The account was created elsewhere between the check above and the insert.
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw emailTaken();
    throw error;
  }
}

/** The sign-up mails queued for an address (they have no tenant), oldest first, links included. */
export async function signUpMessagesFor(db: Db, email: string) {
  return db
    .select(outboxListingColumns)
    .from(outbox)
    .where(and(isNull(outbox.tenantId), sql`lower(${outbox.recipient}) = lower(${email})`))
    .orderBy(asc(outbox.createdAt));
}

/**
 * Part of the background sweep: a pending sign-up a week past its expiry is dropped (with the
 * password hash of an address that never confirmed). Until then its link says "expired".
 */
export async function deleteStalePendingSignUps(db: Db, now = new Date()) {
  const cutoff = new Date(now.getTime() - KEEP_EXPIRED_MS);
  await db.delete(pendingSignUps).where(lt(pendingSignUps.expiresAt, cutoff));
}
