import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { ContactTagCount } from "@/lib/contacts/contact-types";
import { executeRows } from "@/lib/db/execute-rows";
import type { Tx } from "@/lib/db/open";
import { contacts } from "@/lib/db/schema";
import { textArray, uuidArray } from "@/lib/db/sql-array";
import type { TenantContext } from "@/lib/db/with-tenant";

/** Adds and removes tags on many contacts in one statement; ids of other tenants match nothing. */
export async function bulkTag(
  tx: Tx,
  ctx: TenantContext,
  b: { contactIds: string[]; add: string[]; remove: string[] },
) {
  const updated = await tx
    .update(contacts)
    .set({
      tags: sql`array(
        select distinct t from unnest(${contacts.tags} || ${textArray(b.add)}) t
        where t <> all(${textArray(b.remove)}) order by t)`,
    })
    .where(and(eq(contacts.tenantId, ctx.tenantId), sql`${contacts.id} = any(${uuidArray(b.contactIds)})`))
    .returning({ id: contacts.id });
  for (const { id } of updated) {
    await logActivity(tx, ctx, "contact.tagged", `contact:${id}`, { add: b.add, remove: b.remove });
  }
  return { updated: updated.length };
}

export function tagCounts(tx: Tx, tenantId: string): Promise<ContactTagCount[]> {
  return executeRows<ContactTagCount>(
    tx,
    sql`select t as tag, count(*)::int as count
        from ${contacts}, unnest(${contacts.tags}) t
        where ${contacts.tenantId} = ${tenantId}
        group by t order by count(*) desc, t limit 200`,
  );
}
