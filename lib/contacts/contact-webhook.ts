import "server-only";
import { runWithClaims } from "@/lib/db/claims";
import type { Db, Tx } from "@/lib/db/open";
import { lockTenantContacts, mergeRecords } from "./merge-records";

const CONTACT_EVENTS = new Set(["contact_created", "contact_updated"]);

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);

export const isContactEvent = (payload: Record<string, unknown>) =>
  CONTACT_EVENTS.has(String(payload.event)) && typeof payload.id === "number";

/**
 * Chatwoot's contact_created / contact_updated carry the contact at the top level: it is merged into
 * the tenant's list at once, so a new WhatsApp customer shows up in Contactos without waiting for
 * the periodic refresh. Runs inside the caller's transaction, in a savepoint of its own under the
 * tenant's claim and the contact_merge service claim: RLS admits it for this tenant's contacts only,
 * and a failed merge rolls back alone.
 */
export async function applyContactEvent(tx: Db | Tx, tenantId: string, payload: Record<string, unknown>) {
  if (!isContactEvent(payload)) return false;
  const custom = (payload.custom_attributes ?? {}) as Record<string, unknown>;
  await runWithClaims(
    tx,
    { sub: "service:contact_merge", tenant_id: tenantId, service: "contact_merge" },
    async (sp) => {
      await lockTenantContacts(sp, tenantId);
      await mergeRecords(sp, tenantId, [
        {
          source: "chatwoot",
          externalId: String(payload.id),
          name: text(payload.name) ?? "",
          email: text(payload.email),
          phone: text(payload.phone_number),
          rut: text(custom.rut),
        },
      ]);
    },
  );
  return true;
}
