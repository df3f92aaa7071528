import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";

/**
 * Longer than any one step takes (each upstream call times out well before), short enough that a
 * crashed instance's tenant is picked up again within minutes.
 */
export const LEASE_MS = 2 * 60_000;

/**
 * Takes (or renews) the tenant's provisioning lease. One UPDATE decides atomically, on any number of
 * instances: it succeeds only when the lease is free, expired, or already ours. The clock is passed
 * in so tests can step past an expiry.
 */
export async function acquireLease(db: Db, tenantId: string, holder: string, now: Date): Promise<boolean> {
  const expires = new Date(now.getTime() + LEASE_MS).toISOString();
  const rows = await executeRows<{ tenant_id: string }>(
    db,
    sql`update public.provisioning_runs
        set lease_holder = ${holder}, lease_expires_at = ${expires}::timestamptz
        where tenant_id = ${tenantId} and finished_at is null
          and (lease_holder is null or lease_holder = ${holder}
               or lease_expires_at < ${now.toISOString()}::timestamptz)
        returning tenant_id`,
  );
  return rows.length === 1;
}

export async function releaseLease(db: Db, tenantId: string, holder: string) {
  await db.execute(
    sql`update public.provisioning_runs set lease_holder = null, lease_expires_at = null
        where tenant_id = ${tenantId} and lease_holder = ${holder}`,
  );
}
