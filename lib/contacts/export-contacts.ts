import "server-only";
import { logActivity } from "@/lib/activity/log-activity";
import type { Tx } from "@/lib/db/open";
import { contacts } from "@/lib/db/schema";
import type { TenantContext } from "@/lib/db/with-tenant";
import { contactsToCsv } from "./contact-csv";
import type { ContactFilters } from "./filters";
import { contactOrder, contactRowColumns, contactWhere, toContactRow } from "./list-contacts";

/** A ceiling that keeps one export within memory; the list's filters narrow anything larger. */
export const MAX_EXPORT_ROWS = 100_000;

export async function exportContacts(tx: Tx, ctx: TenantContext, f: ContactFilters, separator: ";" | ",") {
  const rows = await tx
    .select({ ...contactRowColumns, notes: contacts.notes })
    .from(contacts)
    .where(contactWhere(ctx.tenantId, f))
    .orderBy(...contactOrder(f.sort))
    .limit(MAX_EXPORT_ROWS);
  // Exporting personal data is worth a trace (Ley 19.628): who exported how many, with which filters.
  await logActivity(tx, ctx, "contacts.exported", null, { count: rows.length, filters: f });
  return contactsToCsv(
    rows.map((r) => ({ ...toContactRow(r), notes: r.notes })),
    separator,
  );
}
