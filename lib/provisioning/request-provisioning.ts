import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { provisioningRuns, provisioningSteps, tenants } from "@/lib/db/schema";
import { ApiError, notFound } from "@/lib/errors";
import { provisioningSteps as stepNames } from "./step-names";

/**
 * Marks a tenant for provisioning and prepares its steps; running them is the runner's job. Safe to
 * call any number of times: an active tenant stays active, done steps stay done, and failed steps go
 * back to pending (that is what "Reintentar" does).
 */
export async function requestProvisioning(db: Db, tenantId: string, origin: string) {
  return db.transaction(async (tx) => {
    const [tenant] = await tx
      .select({ id: tenants.id, status: tenants.status })
      .from(tenants)
      .where(eq(tenants.id, tenantId))
      .for("update");
    if (!tenant) throw notFound("workspace");
    if (tenant.status === "cancelled" || tenant.status === "suspended") {
      throw new ApiError("conflict", tenant.status === "cancelled" ? "registration_cancelled" : "workspace_suspended");
    }
    if (tenant.status === "active") return { status: "active" as const };

    await tx
      .insert(provisioningSteps)
      .values(stepNames.map((step, position) => ({ tenantId, step, position: position + 1 })))
      .onConflictDoNothing();
    await tx
      .update(provisioningSteps)
      .set({ status: "pending", lastError: null })
      .where(and(eq(provisioningSteps.tenantId, tenantId), eq(provisioningSteps.status, "failed")));
    await tx
      .insert(provisioningRuns)
      .values({ tenantId, origin })
      .onConflictDoUpdate({ target: provisioningRuns.tenantId, set: { origin, requestedAt: sql`now()` } });
    await tx
      .update(tenants)
      .set({ status: "provisioning", updatedAt: new Date() })
      .where(and(eq(tenants.id, tenantId), eq(tenants.status, "preparing")));
    return { status: "provisioning" as const };
  });
}
