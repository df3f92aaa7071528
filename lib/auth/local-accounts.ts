import "server-only";
import { sql } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { clear, hit, refund } from "@/lib/rate-limit";
import { safeNextPath } from "@/lib/safe-next-path";
import type { Identity } from "./identity";
import { createSession } from "./local-sessions";
import { dummyHash, hashPassword, verifyPassword } from "./password";
import { AFTER_SIGN_UP_PATH, describeSignUpLink, recordSignUp, verifyPendingSignUp } from "./sign-up-verification";

type RequestMeta = { ip: string; userAgent?: string };

// Sign-in attempts, each counted BEFORE the password is checked (one upsert per key that returns the
// new count), so parallel guesses cannot all pass a check made before any of them was counted.
// The tight lock is scoped to the email *from one address*: whoever guesses an account's password
// locks out only themselves, and the owner signing in from anywhere else still gets in (the
// address-scoped lockout of the big identity providers, e.g. Entra's smart lockout). A looser limit
// per email across all addresses stops a guesser spread over many addresses, and a limit per address
// stops one address spraying many emails.
const perEmailFromAddress = { limit: 5, seconds: 15 * 60 };
const perIp = { limit: 30, seconds: 15 * 60 };
const perEmail = { limit: 20, seconds: 15 * 60 };

const throttled = (retryAfter: number) =>
  new ApiError("rate_limited", "sign_in_locked", {
    headers: { "Retry-After": String(retryAfter) },
    details: { retryAfter },
  });

async function findUserByEmail(email: string) {
  const db = await servicePathDb();
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

/** What sign-up answers, the same for a new and an existing email: the address decides what happens next. */
export type SignUpAnswer = { status: "verification_sent"; email: string };

/**
 * Starts a local sign-up. Nothing about the answer, its timing or the cookies tells whether the email
 * has an account: both paths hash the password and queue one mail in one transaction. A new email
 * gets the link that creates the account (verifySignUp); an existing one gets a notice to sign in.
 * `origin` is where the emailed links point.
 */
export async function signUp(
  input: { email: string; password: string; name: string; next?: string },
  meta: RequestMeta,
  origin: string,
): Promise<SignUpAnswer> {
  // Counted before anything else, like sign-in: one address mass-creating accounts is stopped.
  const perAddress = await hit(`sign-up:ip:${meta.ip}`, { limit: env.SIGN_UPS_PER_ADDRESS_PER_HOUR, seconds: 3600 });
  if (perAddress.limited) {
    throw new ApiError("rate_limited", "sign_up_throttled", {
      headers: { "Retry-After": String(perAddress.retryAfter) },
      details: { retryAfter: perAddress.retryAfter },
    });
  }
  const email = input.email.toLowerCase();
  const existing = await findUserByEmail(email);
  // Hashed either way, so an existing email takes as long as a new one; only a new one keeps it.
  const passwordHash = await hashPassword(input.password);
  const next = input.next ? safeNextPath(input.next) : AFTER_SIGN_UP_PATH;
  await recordSignUp(await servicePathDb(), { email, name: input.name, passwordHash, next }, existing, origin);
  return { status: "verification_sent", email };
}

/** The emailed link's button: creates the account, uses the token up and signs the account in. */
export async function verifySignUp(input: { token: string; password: string }, meta: RequestMeta) {
  const { identity, next } = await verifyPendingSignUp(await servicePathDb(), input);
  const session = await createSession(identity.userId, meta);
  return { identity, session, next };
}

export async function signIn(input: { email: string; password: string }, meta: RequestMeta) {
  const email = input.email.toLowerCase();
  const pairKey = `sign-in:email-ip:${email}|${meta.ip}`;
  const ipKey = `sign-in:ip:${meta.ip}`;
  const emailKey = `sign-in:email:${email}`;
  // In this order, stopping at the first that is over: an address already locked out of an email
  // adds nothing to the email's or its own wider counts.
  for (const [key, w] of [
    [pairKey, perEmailFromAddress],
    [ipKey, perIp],
    [emailKey, perEmail],
  ] as const) {
    const state = await hit(key, w);
    if (state.limited) throw throttled(state.retryAfter);
  }

  const user = await findUserByEmail(email);
  const ok = user?.passwordHash
    ? await verifyPassword(input.password, user.passwordHash)
    : await verifyPassword(input.password, await dummyHash()).then(() => false);
  if (!user || !ok) throw new ApiError("unauthorized", "bad_credentials");
  // Only failures are meant to count: the owner's own attempt is given back.
  await clear(pairKey);
  await refund(ipKey, perIp);
  await refund(emailKey, perEmail);
  const session = await createSession(user.id, meta);
  return { identity: { userId: user.id, email: user.email, name: user.name } satisfies Identity, session };
}

/** Keeps a users row for identities from an external provider, so memberships can reference them. */
export async function ensureUserRow(identity: Identity) {
  const db = await servicePathDb();
  await db
    .insert(users)
    .values({ id: identity.userId, email: identity.email, name: identity.name })
    .onConflictDoUpdate({
      target: users.id,
      set: { email: identity.email, name: identity.name },
      // Most requests change nothing: skip the write then.
      setWhere: sql`${users.email} <> excluded.email or ${users.name} <> excluded.name`,
    });
}

/** What the emailed link's page shows before its button is pressed (reading it uses nothing up). */
export async function signUpLinkFor(token: string) {
  return describeSignUpLink(await servicePathDb(), token);
}
