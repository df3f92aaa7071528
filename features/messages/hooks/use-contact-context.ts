"use client";
// The customer's context beside the chat: their other Chatwoot conversations and, when Odoo is
// connected, the matching partner (by email, then phone) with recent orders and unpaid invoices.
import { useQuery } from "@tanstack/react-query";
import type { Contact } from "@/lib/integrations/chatwoot/chatwoot-models";
import {
  fetchContactConversations,
  fetchPartnerInvoices,
  fetchPartnerOrders,
  type OdooPartner,
  searchPartners,
} from "../lib/api";
import { messagesKeys } from "../lib/conversation-query-keys";

const digits = (s: string | null) => (s ?? "").replace(/\D/g, "");

/** Odoo's search is a substring match: keep only a partner whose email or phone really is this contact's. */
export function pickPartner(partners: OdooPartner[], contact: Pick<Contact, "email" | "phoneNumber">) {
  const email = contact.email?.toLowerCase() ?? null;
  const phone = digits(contact.phoneNumber).slice(-9);
  return (
    partners.find((p) => email && p.email?.toLowerCase() === email) ??
    partners.find((p) => phone.length === 9 && digits(p.phone).endsWith(phone)) ??
    null
  );
}

export function useContactConversations(tenantId: string, contactId: number | null) {
  return useQuery({
    queryKey: messagesKeys.byContact(tenantId, contactId ?? 0),
    queryFn: ({ signal }) => fetchContactConversations(tenantId, contactId ?? 0, signal),
    enabled: contactId !== null,
    staleTime: 60_000,
  });
}

export function useOdooContext(tenantId: string, contact: Contact | null, enabled: boolean) {
  const lookup = contact?.email || contact?.phoneNumber || "";
  const partner = useQuery({
    queryKey: messagesKeys.odooPartner(tenantId, lookup),
    queryFn: async ({ signal }) => {
      if (!contact) return null;
      for (const q of [contact.email, contact.phoneNumber]) {
        if (!q) continue;
        const found = pickPartner(await searchPartners(tenantId, q, signal), contact);
        if (found) return found;
      }
      return null;
    },
    enabled: enabled && lookup !== "",
    staleTime: 5 * 60_000,
  });
  const partnerId = partner.data?.id ?? null;
  const orders = useQuery({
    queryKey: messagesKeys.odooOrders(tenantId, partnerId ?? 0),
    queryFn: ({ signal }) => fetchPartnerOrders(tenantId, partnerId ?? 0, signal),
    enabled: partnerId !== null,
    staleTime: 60_000,
  });
  const invoices = useQuery({
    queryKey: messagesKeys.odooInvoices(tenantId, partnerId ?? 0),
    queryFn: async ({ signal }) =>
      (await fetchPartnerInvoices(tenantId, partnerId ?? 0, signal)).filter(
        (i) => i.amountResidual > 0 && (i.paymentState === "not_paid" || i.paymentState === "partial"),
      ),
    enabled: partnerId !== null,
    staleTime: 60_000,
  });
  return { partner, orders, invoices };
}
