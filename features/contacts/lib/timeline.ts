import type { OdooInvoice, OdooOrder } from "@/features/messages/lib/api";
import type { ContactActivity } from "@/lib/contacts/contact-types";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";

// One timeline of what happened with a customer, whatever service it happened in: the Hub's own
// activity log plus the dates Chatwoot and Odoo already know (conversations, orders, invoices).

export type InvoiceWithDate = OdooInvoice & { invoiceDate?: string | null };

export type TimelineEntry =
  | { kind: "activity"; at: string; key: string; activity: ContactActivity }
  | { kind: "conversation"; at: string; key: string; conversation: Conversation }
  | { kind: "order"; at: string; key: string; order: OdooOrder }
  | { kind: "invoice"; at: string; key: string; invoice: InvoiceWithDate };

// Odoo's invoice dates are calendar days: noon UTC keeps them on the same day in Santiago.
const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T12:00:00Z` : d);

export function buildTimeline(input: {
  activity: ContactActivity[];
  conversations: Conversation[];
  orders: OdooOrder[];
  invoices: InvoiceWithDate[];
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const a of input.activity) entries.push({ kind: "activity", at: a.createdAt, key: `a${a.id}`, activity: a });
  for (const c of input.conversations) {
    const at = c.createdAt ?? c.lastActivityAt;
    if (at) entries.push({ kind: "conversation", at, key: `c${c.id}`, conversation: c });
  }
  for (const o of input.orders) {
    if (o.dateOrder) entries.push({ kind: "order", at: day(o.dateOrder), key: `o${o.id}`, order: o });
  }
  for (const i of input.invoices) {
    const at = i.invoiceDate ?? null;
    if (at) entries.push({ kind: "invoice", at: day(at), key: `i${i.id}`, invoice: i });
  }
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
