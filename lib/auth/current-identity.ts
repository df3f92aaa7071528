import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { cache } from "react";
import { clerkEnabled } from "@/lib/env";
import type { Identity } from "./identity";
import { ensureUserRow } from "./local-accounts";
import { identityFromSessionToken, sessionCallerQuery } from "./local-sessions";
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

/**
 * The signed-in caller as a subquery of (id, email, name), or null when nobody is signed in: the
 * local session is looked up inside the caller's own statement; Clerk's identity is resolved first.
 */
export async function callerQuery(): Promise<SQL | null> {
  if (clerkEnabled) {
    const identity = await currentIdentity();
    return identity
      ? sql`select ${identity.userId}::text as id, ${identity.email}::text as email, ${identity.name}::text as name`
      : null;
  }
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionCallerQuery(token) : null;
}
