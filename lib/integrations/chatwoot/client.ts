import type { z } from "@/lib/validation";
import { normalizeBaseUrl } from "../base-url";
import type { ClientOptions } from "../http/client-options";
import { upstreamRequest, upstreamText } from "../http/request";
import { fillPath, type QueryValue, withQuery } from "../http/route";
import { toUnixSeconds } from "../time";
import { UpstreamError } from "../upstream-error";
import type { ContactPage, ConversationPage, ConversationStatus, ReportPoint } from "./chatwoot-models";
import * as s from "./chatwoot-payloads";
import { type ChatwootRoute, chatwootRoutes } from "./routes";
import * as t from "./transform";

export interface ChatwootConnection {
  baseUrl: string;
  accountId: number;
  token: string;
}

const CONVERSATION_PAGE = 25;
const CONTACT_PAGE = 15;

export type ReportMetric =
  | "conversations_count"
  | "incoming_messages_count"
  | "outgoing_messages_count"
  | "avg_first_response_time"
  | "avg_resolution_time"
  | "resolutions_count";

export interface TemplateParams {
  name: string;
  category?: string;
  language?: string;
  /** Positional body variables: {"1": "Camila"}. */
  processedParams?: { body?: Record<string, string>; [part: string]: unknown };
}

type DateInput = Date | string | number;

/**
 * Chatwoot's Application API for one account. The account id is fixed here: no method takes another,
 * so a caller cannot reach a different account through this client.
 */
export function createChatwootClient(conn: ChatwootConnection, opts: ClientOptions = {}) {
  const base = normalizeBaseUrl(conn.baseUrl);
  const accountId = conn.accountId;

  function call<T>(
    route: ChatwootRoute,
    schema: z.ZodType<T> | undefined,
    req: { params?: Record<string, string | number>; query?: Record<string, QueryValue>; body?: unknown } = {},
  ): Promise<T> {
    const r = chatwootRoutes[route];
    const path = fillPath(r.path, { account_id: accountId, ...req.params });
    return upstreamRequest({
      service: "chatwoot",
      operation: route,
      tenantId: opts.tenantId,
      url: withQuery(`${base}${path}`, req.query),
      method: r.method,
      headers: { api_access_token: conn.token },
      body: req.body,
      schema,
      timeoutMs: opts.timeoutMs,
      retries: opts.retries,
      backoff: opts.backoff,
      maxBytes: opts.maxBytes,
      mapError: chatwootError,
    });
  }
  const conv = (id: number) => ({ conversation_id: id });

  return {
    accountId,

    async profile() {
      return t.toProfile(await call("profile", s.cwProfile));
    },

    async listInboxes() {
      return (await call("inboxes", s.cwInboxList)).payload.map(t.toInbox);
    },

    async listConversations(
      q: {
        status?: ConversationStatus | "all";
        assigneeType?: "me" | "unassigned" | "assigned" | "all";
        inboxId?: number;
        labels?: string[];
        q?: string;
        page?: number;
      } = {},
    ): Promise<ConversationPage> {
      const page = q.page ?? 1;
      const res = await call("conversations", s.cwConversationList, {
        query: {
          status: q.status,
          assignee_type: q.assigneeType,
          inbox_id: q.inboxId,
          "labels[]": q.labels,
          q: q.q,
          page,
        },
      });
      const m = res.data.meta;
      return {
        items: res.data.payload.map(t.toConversation),
        meta: {
          mine: m.mine_count ?? 0,
          assigned: m.assigned_count ?? 0,
          unassigned: m.unassigned_count ?? 0,
          all: m.all_count ?? 0,
        },
        page,
        // Chatwoot gives no total per assignee filter: a full page means there may be more.
        hasMore: res.data.payload.length >= CONVERSATION_PAGE,
      };
    },

    async getConversation(id: number) {
      return t.toConversation(await call("conversation", s.cwConversation, { params: conv(id) }));
    },

    async listMessages(id: number, q: { before?: number; after?: number } = {}) {
      const res = await call("messages", s.cwMessageList, { params: conv(id), query: q });
      return res.payload.map(t.toMessage);
    },

    /** Never retried: a timeout here may still have sent the message; match it later by echoId. */
    async sendMessage(
      id: number,
      m: { content?: string; private?: boolean; echoId: string; templateParams?: TemplateParams },
    ) {
      const tp = m.templateParams;
      const body = {
        content: m.content,
        private: m.private ?? false,
        message_type: "outgoing",
        echo_id: m.echoId,
        ...(tp
          ? {
              template_params: {
                name: tp.name,
                category: tp.category,
                language: tp.language,
                processed_params: tp.processedParams ?? {},
              },
            }
          : {}),
      };
      return t.toMessage(await call("sendMessage", s.cwMessage, { params: conv(id), body }));
    },

    async retryMessage(id: number, messageId: number) {
      const params = { ...conv(id), message_id: messageId };
      return t.toMessage(await call("retryMessage", s.cwMessage, { params }));
    },

    async toggleStatus(id: number, q: { status: ConversationStatus; snoozedUntil?: DateInput }) {
      const body = {
        status: q.status,
        ...(q.snoozedUntil !== undefined ? { snoozed_until: toUnixSeconds(q.snoozedUntil) } : {}),
      };
      const res = await call("toggleStatus", s.cwToggleStatus, { params: conv(id), body });
      return { conversationId: id, status: res.payload.current_status ?? q.status };
    },

    /**
     * Marks the conversation read for the token's user (agent_last_seen_at = now), so its unread count
     * drops to 0. Chatwoot sends no webhook for it. Safe to repeat, but like every write never retried.
     */
    async markRead(id: number): Promise<void> {
      await call("markRead", undefined, { params: conv(id) });
    },

    async assign(id: number, a: { assigneeId: number | null }) {
      const res = await call("assign", s.cwAssignment, { params: conv(id), body: { assignee_id: a.assigneeId } });
      return res ? t.toAgent(res) : null;
    },

    async getConversationLabels(id: number) {
      return (await call("conversationLabels", s.cwConversationLabels, { params: conv(id) })).payload;
    },

    /** Replaces the whole set (Chatwoot's semantics). */
    async setConversationLabels(id: number, labels: string[]) {
      const res = await call("setConversationLabels", s.cwConversationLabels, { params: conv(id), body: { labels } });
      return res.payload;
    },

    async listLabels() {
      return (await call("labels", s.cwLabelList)).payload.map((l) => ({
        id: l.id,
        title: l.title,
        description: l.description ?? null,
        color: l.color ?? null,
      }));
    },

    async listCannedResponses(search?: string) {
      const res = await call("cannedResponses", s.cwCannedList, { query: { search } });
      return res.map((c) => ({ id: c.id, shortCode: c.short_code, content: c.content ?? "" }));
    },

    async listAgents() {
      return (await call("agents", s.cwAgentList)).map(t.toAgent);
    },

    async listContacts(page = 1): Promise<ContactPage> {
      return contactPage(await call("contacts", s.cwContactList, { query: { page } }), page);
    },

    async searchContacts(q: string, page = 1): Promise<ContactPage> {
      return contactPage(await call("searchContacts", s.cwContactList, { query: { q, page } }), page);
    },

    async createContact(c: {
      inboxId: number;
      name: string;
      phoneNumber?: string;
      email?: string;
      identifier?: string;
    }) {
      const body = {
        inbox_id: c.inboxId,
        name: c.name,
        phone_number: c.phoneNumber,
        email: c.email,
        identifier: c.identifier,
      };
      return t.toContact(await call("createContact", s.cwContactCreated, { body }));
    },

    /** Only the fields given are sent; Chatwoot keeps the rest. RUT goes in custom_attributes. */
    async updateContact(
      id: number,
      c: { name?: string; phoneNumber?: string | null; email?: string | null; rut?: string | null },
    ) {
      const body = {
        ...(c.name !== undefined ? { name: c.name } : {}),
        ...(c.phoneNumber !== undefined ? { phone_number: c.phoneNumber ?? "" } : {}),
        ...(c.email !== undefined ? { email: c.email ?? "" } : {}),
        ...(c.rut !== undefined ? { custom_attributes: { rut: c.rut ?? "" } } : {}),
      };
      return t.toContact(await call("updateContact", s.cwContactUpdated, { params: { id }, body }));
    },

    async getContactConversations(contactId: number) {
      const res = await call("contactConversations", s.cwConversationArray, { params: { id: contactId } });
      return res.payload.map(t.toConversation);
    },

    async reportsSummary(r: { since: DateInput; until: DateInput }) {
      const query = { type: "account", since: toUnixSeconds(r.since), until: toUnixSeconds(r.until) };
      return t.toReportSummary(await call("reportsSummary", s.cwSummary, { query }));
    },

    async reportsTimeseries(r: { metric: ReportMetric; since: DateInput; until: DateInput }): Promise<ReportPoint[]> {
      const query = { metric: r.metric, type: "account", since: toUnixSeconds(r.since), until: toUnixSeconds(r.until) };
      const res = await call("reports", s.cwSeries, { query });
      return res.map((p) => ({ timestamp: new Date(p.timestamp * 1000).toISOString(), value: p.value }));
    },

    async listWebhooks() {
      return (await call("webhooks", s.cwWebhookList)).map(t.toWebhook);
    },

    async createWebhook(w: { url: string; subscriptions: string[]; name?: string }) {
      return t.toWebhook(await call("createWebhook", s.cwWebhookCreated, { body: w }));
    },

    async deleteWebhook(webhookId: number): Promise<void> {
      await call("deleteWebhook", undefined, { params: { webhook_id: webhookId } });
    },
  };
}

/**
 * Chatwoot renders Pundit refusals (an agent's token on reports or webhooks) as 401, like a bad token;
 * only the body tells them apart, and the user's fix differs (an admin's token, not a new one).
 */
function chatwootError(status: number, body: unknown): UpstreamError | undefined {
  const text = upstreamText(body);
  if (status === 401 && text && /not authorized to do this action|not authorized for bots/i.test(text)) {
    return new UpstreamError("upstream_forbidden", "chatwoot", {
      upstreamStatus: status,
      upstreamMessage: text,
      reason: "chatwoot_admin_required",
    });
  }
  return undefined;
}

function contactPage(res: z.infer<typeof s.cwContactList>, page: number): ContactPage {
  const count = res.meta?.count ?? null;
  return {
    items: res.payload.map(t.toContact),
    count,
    page,
    hasMore: count !== null ? page * CONTACT_PAGE < count : res.payload.length >= CONTACT_PAGE,
  };
}

export type ChatwootClient = ReturnType<typeof createChatwootClient>;
