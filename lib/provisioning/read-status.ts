import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { provisioningSteps, tenants } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { ProvisioningStatus } from "./status-schema";
import { provisioningSteps as stepNames } from "./step-names";

/**
 * Reads the tenant's provisioning state inside the caller's transaction: a member's RLS transaction
 * for users, the privileged one for the service key. Before provisioning starts every step is pending.
 */
export async function readProvisioningStatus(tx: Tx, tenantId: string): Promise<ProvisioningStatus> {
  const [tenant] = await tx
    .select({
      id: tenants.id,
      slug: tenants.slug,
      legalName: tenants.legalName,
      plan: tenants.plan,
      status: tenants.status,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!tenant) throw notFound("workspace");
  const rows = await tx
    .select()
    .from(provisioningSteps)
    .where(eq(provisioningSteps.tenantId, tenantId))
    .orderBy(asc(provisioningSteps.position));
  const byName = new Map(rows.map((r) => [r.step, r]));
  const steps = stepNames.map((step) => {
    const row = byName.get(step);
    return {
      step,
      status: row?.status ?? "pending",
      attempts: row?.attempts ?? 0,
      lastError: row?.lastError ?? null,
      startedAt: row?.startedAt?.toISOString() ?? null,
      finishedAt: row?.finishedAt?.toISOString() ?? null,
      result: row?.result ?? {},
    };
  });
  const done = steps.filter((s) => s.status === "done").length;
  const active = tenant.status === "active";
  return {
    tenant,
    steps,
    // A tenant is at 100% only once active: the last step done is not yet the workspace open.
    progress: active ? 100 : Math.min(99, Math.round((done / steps.length) * 100)),
    workspaceUrl: active ? `/${tenant.slug}/overview` : null,
  };
}
