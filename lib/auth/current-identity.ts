import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { clerkEnabled } from "@/lib/env";
import type { Identity } from "./identity";
import { ensureUserRow } from "./local-accounts";
import { hashToken, identityFromSessionToken } from "./local-sessions";
import { SESSION_COOKIE } from "./session-cookie";

/**
 * The signed-in identity for this request, from Clerk when its keys are set and from the local
 * session cookie otherwise. Memoized per request.
 */
export const currentIdentity = cache(async (): Promise<Identity | null> => {
  if (clerkEnabled) {
    const { clerkIdentity } = await import("./clerk-identity");
    const identity = await clerkIdentity();
    // Invitations are accepted only through their link (lib/tenancy/accept-invitation.ts).
    if (identity) await ensureUserRow(identity);
    return identity;
  }
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? identityFromSessionToken(token) : null;
});

/** Who app.tenant_caller looks up: the local session cookie's hash, or the user Clerk has verified. */
export type CallerKey = { sessionHash: string } | { userId: string };

/**
 * The signed-in caller as a key for the request context lookup, or null when nobody is signed in:
 * the local session is checked inside that lookup's round trip; Clerk's identity is resolved first.
 */
export async function callerKey(): Promise<CallerKey | null> {
  if (clerkEnabled) {
    const identity = await currentIdentity();
    return identity ? { userId: identity.userId } : null;
  }
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? { sessionHash: hashToken(token) } : null;
}
