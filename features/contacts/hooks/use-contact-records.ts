"use client";
// What Chatwoot and Odoo hold about a contact's linked records: conversations per Chatwoot contact,
// orders and invoices per Odoo partner. Cached under the inbox panel's keys, so both views share them.
import { useQueries } from "@tanstack/react-query";
import { fetchContactConversations, fetchPartnerInvoices, fetchPartnerOrders } from "@/features/messages/lib/api";
import { messagesKeys } from "@/features/messages/lib/conversation-query-keys";
import type { ContactSourceRecord } from "@/lib/contacts/contact-types";
import type { InvoiceWithDate } from "../lib/timeline";

const idsOf = (records: ContactSourceRecord[], source: "chatwoot" | "odoo") =>
  records
    .filter((r) => r.source === source && !r.detached)
    .map((r) => Number(r.externalId))
    .filter((id) => Number.isSafeInteger(id) && id > 0);

function combine<T>(results: { data?: T[]; isPending: boolean; isError: boolean; error: unknown }[]) {
  return {
    data: results.flatMap((r) => r.data ?? []),
    isPending: results.some((r) => r.isPending),
    isError: results.some((r) => r.isError),
    error: results.find((r) => r.isError)?.error ?? null,
  };
}

export function useContactRecords(
  tenantId: string,
  records: ContactSourceRecord[],
  connected: { chatwoot: boolean; odoo: boolean },
) {
  const chatwootIds = connected.chatwoot ? idsOf(records, "chatwoot") : [];
  const partnerIds = connected.odoo ? idsOf(records, "odoo") : [];
  const conversations = useQueries({
    queries: chatwootIds.map((id) => ({
      queryKey: messagesKeys.byContact(tenantId, id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchContactConversations(tenantId, id, signal),
      staleTime: 60_000,
    })),
    combine,
  });
  const orders = useQueries({
    queries: partnerIds.map((id) => ({
      queryKey: messagesKeys.odooOrders(tenantId, id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPartnerOrders(tenantId, id, signal),
      staleTime: 60_000,
    })),
    combine,
  });
  const invoices = useQueries({
    queries: partnerIds.map((id) => ({
      // Not the inbox panel's key: that one caches only the unpaid invoices.
      queryKey: [...messagesKeys.odooInvoices(tenantId, id), "all"],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        (await fetchPartnerInvoices(tenantId, id, signal)) as InvoiceWithDate[],
      staleTime: 60_000,
    })),
    combine,
  });
  return { conversations, orders, invoices, hasChatwoot: chatwootIds.length > 0, hasOdoo: partnerIds.length > 0 };
}
