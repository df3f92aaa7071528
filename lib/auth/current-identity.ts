import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { clerkEnabled } from "@/lib/env";
import type { Identity } from "./identity";
import { ensureUserRow } from "./local-accounts";
import { identityFromSessionToken } from "./local-sessions";
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
