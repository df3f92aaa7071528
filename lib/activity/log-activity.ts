import "server-only";
import type { Tx } from "@/lib/db/open";
import { activityLog } from "@/lib/db/schema";
import type { TenantContext } from "@/lib/db/with-tenant";

/** Appends to the tenant's activity log inside the caller's transaction, so it commits with the change. */
export async function logActivity(
  tx: Tx,
  ctx: TenantContext,
  action: string,
  target: string | null,
  details: Record<string, unknown> = {},
) {
  await tx.insert(activityLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action, target, details });
}
