import "server-only";
import { sql } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { Tx } from "@/lib/db/open";
import type { TenantContext } from "@/lib/db/with-tenant";
import { contactTarget, getContact } from "./get-contact";

// Data-subject requests under Chile's Ley 19.628 (and Ley 21.719, in force from December 2026):
// access (everything the Hub holds about the person) and erasure (from the Hub). Chatwoot and Odoo
// are separate systems the business controls; the answer names the records that remain there.

export async function exportPersonalData(tx: Tx, ctx: TenantContext, id: string) {
  const contact = await getContact(tx, ctx.tenantId, id);
  await logActivity(tx, ctx, "contact.data_exported", contactTarget(id));
  return {
    exportedAt: new Date().toISOString(),
    controller: { tenantId: ctx.tenantId },
    legalBasis: "Ley 19.628 y Ley 21.719 (derecho de acceso)",
    contact: {
      id: contact.id,
      name: contact.name,
      rut: contact.rut,
      emails: contact.emails,
      phones: contact.phones,
      tags: contact.tags,
      notes: contact.notes,
      createdAt: contact.createdAt,
      updatedAt: contact.updatedAt,
    },
    sourceRecords: contact.sourceRecords,
    activity: contact.activity,
    elsewhere: remains(contact.sourceRecords),
  };
}

const remains = (records: { source: "chatwoot" | "odoo"; externalId: string }[]) => ({
  chatwoot: records.filter((r) => r.source === "chatwoot").map((r) => r.externalId),
  odoo: records.filter((r) => r.source === "odoo").map((r) => r.externalId),
});

/**
 * Erases the person from the Hub: the contact, its source links (cascade) and the activity entries
 * about it. What stays is one log line that an erasure happened, without the person's data.
 */
export async function eraseContact(tx: Tx, ctx: TenantContext, id: string) {
  const contact = await getContact(tx, ctx.tenantId, id);
  const elsewhere = remains(contact.sourceRecords);
  await tx.execute(sql`select app.erase_contact(${id}::uuid)`);
  await logActivity(tx, ctx, "contact.erased", null, {
    remainsInChatwoot: elsewhere.chatwoot.length,
    remainsInOdoo: elsewhere.odoo.length,
  });
  return { erased: true as const, remains: elsewhere };
}
