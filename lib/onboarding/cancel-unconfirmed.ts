import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";
import { SIGNUP_TTL_MS } from "./signup-token";

/**
 * The 24-hour sweep: tenants still `preparing` a day after they were created are cancelled. A
 * cancelled signup gives its RUT back (the unique index skips cancelled tenants) and its address (the
 * slug becomes c-<id>), drops its pending invitation so no one joins a dead tenant, and its unsent
 * messages are failed. One statement per table, safe to run on several instances at once.
 */
export async function cancelUnconfirmedSignups(db: Db, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - SIGNUP_TTL_MS).toISOString();
  return db.transaction(async (tx) => {
    const cancelled = await executeRows<{ id: string }>(
      tx,
      sql`update public.tenants
          set status = 'cancelled', slug = 'c-' || replace(id::text, '-', ''), updated_at = ${now.toISOString()}::timestamptz
          where status = 'preparing' and created_at < ${cutoff}::timestamptz
          returning id`,
    );
    const ids = cancelled.map((r) => r.id);
    if (ids.length === 0) return ids;
    const list = sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    await tx.execute(sql`delete from public.tenant_members where status = 'invited' and tenant_id in (${list})`);
    await tx.execute(
      sql`update public.outbox set status = 'failed', last_error = 'Registro cancelado: no se confirmó en 24 horas.'
          where status = 'pending' and tenant_id in (${list})`,
    );
    await tx.execute(
      sql`insert into public.activity_log (tenant_id, action, details)
          select id, 'tenant.cancelled_unconfirmed', '{}'::jsonb from public.tenants where id in (${list})`,
    );
    return ids;
  });
}
