import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { activityLog, tenantMembers } from "@/lib/db/schema";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import type { ActivityItem } from "./kpi-types";

/** The tenant's latest activity_log entries, with who did each (their email), newest first. */
export async function recentActivity(ctx: TenantContext, limit = 15): Promise<ActivityItem[]> {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({
        id: activityLog.id,
        action: activityLog.action,
        target: activityLog.target,
        actor: tenantMembers.email,
        at: activityLog.createdAt,
      })
      .from(activityLog)
      .leftJoin(
        tenantMembers,
        and(eq(tenantMembers.tenantId, activityLog.tenantId), eq(tenantMembers.userId, activityLog.actorUserId)),
      )
      .where(eq(activityLog.tenantId, ctx.tenantId))
      .orderBy(desc(activityLog.createdAt), desc(activityLog.id))
      .limit(limit),
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
