import "server-only";
import type { Identity } from "@/lib/auth/identity";
import type { Role } from "@/lib/db/schema";
import { membershipKey } from "@/lib/events/notified-cache";
import { processCache } from "@/lib/events/process-cache";
import { findMembership } from "./memberships";

/**
 * The caller's role in the tenant as RLS lets them read it (their own membership row, under the
 * `authenticated` role), or null. The request context matches the membership explicitly on the
 * privileged connection; this is the second, independent guard. Kept per process and dropped on
 * every instance when the membership changes (the trigger of migration 20261208000000).
 */
export function confirmedRole(
  identity: Identity,
  tenantId: string,
  opts: { fresh?: boolean } = {},
): Promise<Role | null> {
  const key = membershipKey(tenantId, identity.userId);
  if (opts.fresh) processCache().forget(key);
  return processCache().get(key, async () => (await findMembership(identity, { id: tenantId }))?.role ?? null);
}
