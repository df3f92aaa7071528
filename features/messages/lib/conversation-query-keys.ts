// Cache keys of the Mensajes tab, built on lib/live/live-query-keys.ts so live events refresh them:
// everything about conversations under "conversations", a thread's messages under "messages".
import { liveQueryKeys } from "@/lib/live/live-query-keys";
import type { ListFilters } from "./filters";

export const messagesKeys = {
  lists: (tenantId: string) => [...liveQueryKeys.conversations(tenantId), "list"] as const,
  list: (tenantId: string, filters: ListFilters) => [...messagesKeys.lists(tenantId), filters] as const,
  detail: (tenantId: string, id: number) => [...liveQueryKeys.conversations(tenantId), "detail", id] as const,
  byContact: (tenantId: string, contactId: number) =>
    [...liveQueryKeys.conversations(tenantId), "by-contact", contactId] as const,
  messages: (tenantId: string, id: number) => liveQueryKeys.messages(tenantId, id),
  // Reference data live events do not touch.
  reference: (tenantId: string, kind: "inboxes" | "labels" | "agents" | "canned" | "profile") =>
    ["tenants", tenantId, "chatwoot", kind] as const,
  odooPartner: (tenantId: string, lookup: string) => ["tenants", tenantId, "odoo", "partner-by", lookup] as const,
  odooOrders: (tenantId: string, partnerId: number) => ["tenants", tenantId, "odoo", "orders", partnerId] as const,
  odooInvoices: (tenantId: string, partnerId: number) => ["tenants", tenantId, "odoo", "invoices", partnerId] as const,
};
