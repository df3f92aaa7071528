import "server-only";
import type { Db } from "@/lib/db/open";
import { lockTenantContacts, mergeRecords } from "./merge-records";

const CONTACT_EVENTS = new Set(["contact_created", "contact_updated"]);

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);

/**
 * Chatwoot's contact_created / contact_updated carry the contact at the top level: it is merged into
 * the tenant's list at once, so a new WhatsApp customer shows up in Contactos without waiting for
 * the periodic refresh.
 */
export async function applyContactEvent(db: Db, tenantId: string, payload: Record<string, unknown>) {
  if (!CONTACT_EVENTS.has(String(payload.event)) || typeof payload.id !== "number") return false;
  const custom = (payload.custom_attributes ?? {}) as Record<string, unknown>;
  await db.transaction(async (tx) => {
    await lockTenantContacts(tx, tenantId);
    await mergeRecords(tx, tenantId, [
      {
        source: "chatwoot",
        externalId: String(payload.id),
        name: text(payload.name) ?? "",
        email: text(payload.email),
        phone: text(payload.phone_number),
        rut: text(custom.rut),
      },
    ]);
  });
  return true;
}
