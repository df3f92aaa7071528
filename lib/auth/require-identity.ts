import "server-only";
import { redirect } from "next/navigation";
import { currentIdentity } from "./current-identity";
import type { Identity } from "./identity";

/** For pages: the signed-in identity, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireIdentity(returnTo: string): Promise<Identity> {
  const identity = await currentIdentity();
  if (!identity) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return identity;
}
