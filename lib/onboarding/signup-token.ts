import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes in the link; only their SHA-256 is stored, so a database leak confirms nothing. */
export function newSignupToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSignupToken(token) };
}

export const hashSignupToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function signupTokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashSignupToken(token), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

export const confirmationLink = (origin: string, tenantId: string, token: string) =>
  `${origin}/onboarding/confirm?tenant=${tenantId}&token=${token}`;

/** Unconfirmed signups are cancelled after this long. */
export const SIGNUP_TTL_MS = 24 * 60 * 60 * 1000;
