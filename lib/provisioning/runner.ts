import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { activityLog, provisioningRuns, provisioningSteps, tenants } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { isUpstreamError } from "@/lib/integrations/upstream-error";
import { log } from "@/lib/log";
import { acquireLease, releaseLease } from "./lease";
import type { SmarterosServices } from "./smarteros-services";
import type { ProvisioningStepName } from "./step-names";
import { type StepDefinition, StepFailure, stepDefinitions } from "./steps";

export type RunnerDeps = {
  db: Db;
  services: SmarterosServices;
  now?: () => Date;
  steps?: StepDefinition[];
  /**
   * Test seam: called after a step's effect and before it is recorded as done — the worst moment to
   * crash. A ProvisioningCrash thrown here leaves the database exactly as a killed process would.
   */
  afterEffect?: (step: ProvisioningStepName) => Promise<void> | void;
};

/** Stands in for the process dying: nothing is recorded, the lease is left to expire. */
export class ProvisioningCrash extends Error {}

export type RunOutcome = "active" | "failed" | "busy" | "not_provisioning";

/**
 * Runs a tenant's pending steps in order, each once: done steps are skipped, a step left "running"
 * by a crashed run is run again (every step checks before it acts), a failed step stops the run until
 * someone asks to retry. When every step is done the tenant becomes active.
 */
export async function runProvisioning(deps: RunnerDeps, tenantId: string): Promise<RunOutcome> {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const holder = randomUUID();
  if (!(await acquireLease(db, tenantId, holder, now()))) return "busy";
  let crashed = false;
  try {
    const [tenant] = await db
      .select({
        id: tenants.id,
        slug: tenants.slug,
        legalName: tenants.legalName,
        email: tenants.email,
        phone: tenants.phone,
        status: tenants.status,
        origin: provisioningRuns.origin,
      })
      .from(tenants)
      .innerJoin(provisioningRuns, eq(provisioningRuns.tenantId, tenants.id))
      .where(eq(tenants.id, tenantId));
    if (tenant?.status !== "provisioning") return "not_provisioning";

    const rows = await db
      .select({ step: provisioningSteps.step, status: provisioningSteps.status })
      .from(provisioningSteps)
      .where(eq(provisioningSteps.tenantId, tenantId));
    const statusOf = new Map(rows.map((r) => [r.step, r.status]));

    for (const def of deps.steps ?? stepDefinitions) {
      const status = statusOf.get(def.name);
      if (status === "done") continue;
      if (status === "failed") return "failed";
      // Renewing before each step keeps a long run ours; losing it means another instance took over.
      if (!(await acquireLease(db, tenantId, holder, now()))) return "busy";
      await markStep(db, tenantId, def.name, { status: "running", startedAt: now(), lastError: null }, true);
      let result: Record<string, unknown>;
      try {
        result = await def.run({ db, tenant, origin: tenant.origin, now: now(), services: deps.services });
        await deps.afterEffect?.(def.name);
      } catch (error) {
        if (error instanceof ProvisioningCrash) {
          crashed = true;
          throw error;
        }
        const message = failureMessage(error);
        log.warn("provisioning step failed", { tenantId, step: def.name, error: String(error) });
        await markStep(db, tenantId, def.name, { status: "failed", finishedAt: now(), lastError: message });
        return "failed";
      }
      await markStep(db, tenantId, def.name, { status: "done", finishedAt: now(), result });
    }

    await db.transaction(async (tx) => {
      await tx
        .update(tenants)
        .set({ status: "active", updatedAt: now() })
        .where(and(eq(tenants.id, tenantId), eq(tenants.status, "provisioning")));
      await tx.update(provisioningRuns).set({ finishedAt: now() }).where(eq(provisioningRuns.tenantId, tenantId));
      await tx.insert(activityLog).values({ tenantId, actorUserId: null, action: "tenant.provisioned", target: null });
    });
    return "active";
  } finally {
    if (!crashed) await releaseLease(db, tenantId, holder);
  }
}

type StepUpdate = Partial<typeof provisioningSteps.$inferInsert>;

async function markStep(db: Db, tenantId: string, step: string, values: StepUpdate, countAttempt = false) {
  await db
    .update(provisioningSteps)
    .set({ ...values, ...(countAttempt ? { attempts: sql`${provisioningSteps.attempts} + 1` } : {}) })
    .where(and(eq(provisioningSteps.tenantId, tenantId), eq(provisioningSteps.step, step)));
}

/** What the progress page shows under a failed step: our own words, never a stack trace. */
function failureMessage(error: unknown): string {
  if (error instanceof StepFailure || error instanceof ApiError || isUpstreamError(error)) return error.message;
  return "Ocurrió un error inesperado en este paso. Reinténtalo en unos minutos.";
}
