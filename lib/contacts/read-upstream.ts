import "server-only";
import type { ChatwootClient } from "@/lib/integrations/chatwoot/client";
import type { OdooClient } from "@/lib/integrations/odoo/client";
import { partnerFields, toPartner } from "@/lib/integrations/odoo/transform";
import type { SourceRecord } from "./merge-records";

// Upper bounds so one sync stays bounded in time: Chatwoot pages hold 15 contacts (about 15,000 in
// all); Odoo pages 500 partners. A bigger base is read on later refreshes as records change.
const CHATWOOT_MAX_PAGES = 1_000;
const CHATWOOT_CONVERSATION_PAGES = 40;
const ODOO_PAGE = 500;
const ODOO_MAX_PAGES = 200;

export async function readChatwootContacts(chatwoot: ChatwootClient): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for (let page = 1; page <= CHATWOOT_MAX_PAGES; page++) {
    const res = await chatwoot.listContacts(page);
    for (const c of res.items) {
      out.push({
        source: "chatwoot",
        externalId: String(c.id),
        name: c.name,
        email: c.email,
        phone: c.phoneNumber,
        rut: c.rut,
      });
    }
    if (!res.hasMore || res.items.length === 0) break;
  }
  return out;
}

/** Chatwoot contact ids with at least one open conversation. */
export async function readOpenConversationContacts(chatwoot: ChatwootClient): Promise<string[]> {
  const ids = new Set<string>();
  for (let page = 1; page <= CHATWOOT_CONVERSATION_PAGES; page++) {
    const res = await chatwoot.listConversations({ status: "open", assigneeType: "all", page });
    for (const c of res.items) if (c.contact) ids.add(String(c.contact.id));
    if (!res.hasMore || res.items.length === 0) break;
  }
  return [...ids];
}

export async function readOdooPartners(odoo: OdooClient): Promise<SourceRecord[]> {
  const { major } = await odoo.detectVersion();
  const out: SourceRecord[] = [];
  for (let page = 0; page < ODOO_MAX_PAGES; page++) {
    const rows = await odoo.searchRead("res.partner", [["customer_rank", ">", 0]], {
      fields: partnerFields(major),
      limit: ODOO_PAGE,
      offset: page * ODOO_PAGE,
      order: "id asc",
    });
    for (const p of rows.map(toPartner)) {
      out.push({ source: "odoo", externalId: String(p.id), name: p.name, email: p.email, phone: p.phone, rut: p.vat });
    }
    if (rows.length < ODOO_PAGE) break;
  }
  return out;
}

/** Unpaid customer invoices per Odoo partner id. */
export async function readUnpaidInvoices(odoo: OdooClient): Promise<Record<string, number>> {
  const rows = await odoo.searchRead(
    "account.move",
    [
      ["move_type", "=", "out_invoice"],
      ["state", "=", "posted"],
      ["payment_state", "in", ["not_paid", "partial"]],
    ],
    { fields: ["partner_id"], limit: 20_000 },
  );
  const counts: Record<string, number> = {};
  for (const r of rows) {
    const partner = Array.isArray(r.partner_id) ? r.partner_id[0] : r.partner_id;
    if (typeof partner === "number") counts[partner] = (counts[partner] ?? 0) + 1;
  }
  return counts;
}
