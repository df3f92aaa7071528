import "server-only";
import type { Tx } from "@/lib/db/open";
import { activityLog } from "@/lib/db/schema";
import type { TenantContext } from "@/lib/db/with-tenant";

/**
 * Appends to the tenant's activity log inside the caller's transaction, so it commits with the change.
 * Service paths (provisioning) act for no user: they pass `userId: null`.
 */
export async function logActivity(
  tx: Tx,
  ctx: Pick<TenantContext, "tenantId"> & { userId: string | null },
  action: string,
  target: string | null,
  details: Record<string, unknown> = {},
) {
  await tx.insert(activityLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action, target, details });
}
