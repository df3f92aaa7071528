import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import { type RunnerDeps, runProvisioning } from "./runner";

/**
 * Runs that nobody is running: requested, not finished, no live lease, and no failed step (those wait
 * for a retry). After a crash or a restart this is what finishes the job.
 */
export async function resumeStalledRuns(deps: RunnerDeps, limit = 5): Promise<string[]> {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const rows = await executeRows<{ tenant_id: string }>(
    deps.db,
    sql`select r.tenant_id from public.provisioning_runs r
        join public.tenants t on t.id = r.tenant_id
        where r.finished_at is null and t.status = 'provisioning'
          and (r.lease_expires_at is null or r.lease_expires_at < ${now}::timestamptz)
          and not exists (select 1 from public.provisioning_steps s
                          where s.tenant_id = r.tenant_id and s.status = 'failed')
        order by r.requested_at
        limit ${limit}`,
  );
  const resumed: string[] = [];
  for (const { tenant_id } of rows) {
    if ((await runProvisioning(deps, tenant_id)) !== "busy") resumed.push(tenant_id);
  }
  return resumed;
}
