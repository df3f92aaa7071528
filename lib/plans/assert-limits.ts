import "server-only";
import { eq } from "drizzle-orm";
import { tenants } from "@/lib/db/schema";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { notFound } from "@/lib/errors";
import type { PlanId } from "./catalog";
import { checkWorkflowLimit } from "./limits";

export async function tenantPlan(ctx: TenantContext): Promise<PlanId> {
  const [row] = await withTenant(ctx, (tx) =>
    tx.select({ plan: tenants.plan }).from(tenants).where(eq(tenants.id, ctx.tenantId)),
  );
  if (!row) throw notFound("workspace");
  return row.plan;
}

/**
 * For the n8n proxy before it activates a workflow: `activeCount` is how many are active now (the
 * proxy reads it from n8n). Throws a 403 naming the plan and its limit when one more would exceed it.
 */
export async function assertWorkflowLimit(ctx: TenantContext, activeCount: number): Promise<void> {
  checkWorkflowLimit(await tenantPlan(ctx), activeCount);
}
