// The browser's calls to the Hub's Chatwoot and Odoo proxies (app/api/chatwoot|odoo/[tenantId]/…).
import { fetchJson } from "@/lib/browser/fetch-json";
import type {
  Agent,
  CannedResponse,
  Conversation,
  ConversationPage,
  ConversationStatus,
  Inbox,
  Label,
  Message,
  Profile,
} from "@/lib/integrations/chatwoot/chatwoot-models";
import { filtersToApiQuery, type ListFilters } from "./filters";
import type { TemplateSend } from "./send-machine";

const cw = (tenantId: string) => `/api/chatwoot/${encodeURIComponent(tenantId)}`;
const odoo = (tenantId: string) => `/api/odoo/${encodeURIComponent(tenantId)}`;

export const fetchConversationPage = (tenantId: string, filters: ListFilters, page: number, signal?: AbortSignal) =>
  fetchJson<ConversationPage>(`${cw(tenantId)}/conversations?${filtersToApiQuery(filters, page)}`, { signal });

export const fetchConversation = async (tenantId: string, id: number, signal?: AbortSignal) =>
  (await fetchJson<{ conversation: Conversation }>(`${cw(tenantId)}/conversations/${id}`, { signal })).conversation;

export async function fetchMessages(
  tenantId: string,
  id: number,
  q: { before?: number; after?: number } = {},
  signal?: AbortSignal,
) {
  const params = new URLSearchParams();
  if (q.before !== undefined) params.set("before", String(q.before));
  if (q.after !== undefined) params.set("after", String(q.after));
  const qs = params.size ? `?${params}` : "";
  return (await fetchJson<{ data: Message[] }>(`${cw(tenantId)}/conversations/${id}/messages${qs}`, { signal })).data;
}

export async function postMessage(
  tenantId: string,
  id: number,
  body: { content?: string; private?: boolean; echoId: string; templateParams?: TemplateSend },
) {
  return (
    await fetchJson<{ message: Message }>(`${cw(tenantId)}/conversations/${id}/messages`, {
      method: "POST",
      json: body,
    })
  ).message;
}

export const postStatus = (tenantId: string, id: number, body: { status: ConversationStatus; snoozedUntil?: number }) =>
  fetchJson<{ status: string }>(`${cw(tenantId)}/conversations/${id}/status`, { method: "POST", json: body });

export const postRead = (tenantId: string, id: number) =>
  fetchJson<{ conversationId: number; unreadCount: number }>(`${cw(tenantId)}/conversations/${id}/read`, {
    method: "POST",
    json: {},
  });

export const postAssignment = (tenantId: string, id: number, assigneeId: number | null) =>
  fetchJson<{ assignee: Agent | null }>(`${cw(tenantId)}/conversations/${id}/assignments`, {
    method: "POST",
    json: { assigneeId },
  });

export const postLabels = async (tenantId: string, id: number, labels: string[]) =>
  (
    await fetchJson<{ data: string[] }>(`${cw(tenantId)}/conversations/${id}/labels`, {
      method: "POST",
      json: { labels },
    })
  ).data;

const list =
  <T>(path: string) =>
  async (tenantId: string, signal?: AbortSignal) =>
    (await fetchJson<{ data: T[] }>(`${cw(tenantId)}/${path}`, { signal })).data;

export const fetchInboxes = list<Inbox>("inboxes");
export const fetchLabels = list<Label>("labels");
export const fetchAgents = list<Agent>("agents");
export const fetchCanned = list<CannedResponse>("canned-responses");

export const fetchProfile = async (tenantId: string, signal?: AbortSignal) =>
  (await fetchJson<{ profile: Profile }>(`${cw(tenantId)}/profile`, { signal })).profile;

export const fetchContactConversations = async (tenantId: string, contactId: number, signal?: AbortSignal) =>
  (await fetchJson<{ data: Conversation[] }>(`${cw(tenantId)}/contacts/${contactId}/conversations`, { signal })).data;

// Odoo: the shapes of lib/integrations/odoo/transform.ts, as the proxy answers them.
export type OdooPartner = { id: number; name: string; email: string | null; phone: string | null; vat: string | null };
export type OdooOrder = {
  id: number;
  name: string;
  dateOrder: string | null;
  amountTotal: number;
  state: string | null;
};
export type OdooInvoice = {
  id: number;
  name: string;
  moveType: string | null;
  paymentState: string | null;
  amountTotal: number;
  amountResidual: number;
  dueDate: string | null;
};
type OdooPage<T> = { items: T[]; hasMore: boolean };

export const searchPartners = async (tenantId: string, q: string, signal?: AbortSignal) =>
  (
    await fetchJson<OdooPage<OdooPartner>>(`${odoo(tenantId)}/partners?${new URLSearchParams({ q, limit: "5" })}`, {
      signal,
    })
  ).items;

export const fetchPartnerOrders = async (tenantId: string, partnerId: number, signal?: AbortSignal) =>
  (await fetchJson<OdooPage<OdooOrder>>(`${odoo(tenantId)}/partners/${partnerId}/orders?limit=5`, { signal })).items;

export const fetchPartnerInvoices = async (tenantId: string, partnerId: number, signal?: AbortSignal) =>
  (await fetchJson<OdooPage<OdooInvoice>>(`${odoo(tenantId)}/partners/${partnerId}/invoices?limit=30`, { signal }))
    .items;
