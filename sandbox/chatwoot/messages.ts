import { randomUUID } from "node:crypto";
import { bodyObject, type Ctx, intParam, isRecord, json, type Reply, type Route } from "../http";
import { later, recordSent, type SandboxState } from "../state";
import type { CwConversation, CwMessage, CwUser } from "./chatwoot-records";
import { nowS, withConversation } from "./common";
import { emit, messageWebhook } from "./events";
import { canReply, contactJson, messageJson, userJson } from "./serialize";

const PAGE = 20;
const AFTER_MAX = 100;
/** When WhatsApp's receipts arrive for a sent message. */
export const DELIVERED_AFTER_MS = 1_500;
export const READ_AFTER_MS = 4_000;
const FAIL_AFTER_MS = 150;
/** WhatsApp Cloud API error codes Chatwoot copies into `external_error` as "<code>: <title>". */
const REENGAGEMENT_ERROR = "131047: Re-engagement message";
const TEMPLATE_ERROR = "132001: Template name does not exist in the translation";

type NewMessage = Pick<CwMessage, "content" | "type" | "private" | "senderType" | "senderId"> & Partial<CwMessage>;

export function appendMessage(state: SandboxState, conv: CwConversation, m: NewMessage): CwMessage {
  const data = state.world.chatwoot;
  const t = Math.floor(state.now() / 1000);
  const message: CwMessage = {
    id: data.nextMessageId++,
    conversationId: conv.id,
    inboxId: conv.inboxId,
    status: "sent",
    createdAt: t,
    updatedAt: t,
    sourceId: null,
    contentAttributes: {},
    additionalAttributes: {},
    ...m,
  };
  conv.messages.push(message);
  if (message.type !== 2) {
    conv.lastActivityAt = t;
    conv.updatedAt = t;
  }
  return message;
}

export function addActivity(ctx: Ctx, conv: CwConversation, content: string): void {
  const m = appendMessage(ctx.state, conv, { content, type: 2, private: false, senderType: null, senderId: null });
  emit(ctx.state, "message_created", messageWebhook(ctx.state, m, conv));
}

function setStatus(
  state: SandboxState,
  conv: CwConversation,
  m: CwMessage,
  status: CwMessage["status"],
  error?: string,
): void {
  // A reset may have replaced the world meanwhile; then this message no longer exists.
  if (!state.world.chatwoot.conversations.includes(conv)) return;
  m.status = status;
  m.updatedAt = Math.floor(state.now() / 1000);
  if (error) m.contentAttributes = { ...m.contentAttributes, external_error: error };
  emit(state, "message_updated", messageWebhook(state, m, conv));
}

/** Chatwoot sends from a background job, so the POST answers `sent` and receipts come later. */
function scheduleDelivery(state: SandboxState, conv: CwConversation, m: CwMessage, failure: string | null): void {
  if (failure) {
    later(state, FAIL_AFTER_MS, () => setStatus(state, conv, m, "failed", failure));
    return;
  }
  later(state, DELIVERED_AFTER_MS, () => setStatus(state, conv, m, "delivered"));
  later(state, READ_AFTER_MS, () => setStatus(state, conv, m, "read"));
}

function renderTemplate(body: string, params: unknown): string {
  const values = isRecord(params) && isRecord(params.body) ? params.body : {};
  return body.replace(/\{\{(\d+)\}\}/g, (whole, n: string) =>
    typeof values[n] === "string" ? (values[n] as string) : whole,
  );
}

function createMessage(ctx: Ctx, user: CwUser, conv: CwConversation): Reply {
  const body = bodyObject(ctx);
  const data = ctx.state.world.chatwoot;
  const template = isRecord(body.template_params) ? body.template_params : null;
  const isPrivate = body.private === true || body.private === "true";
  let content = typeof body.content === "string" ? body.content : "";
  let failure: string | null = null;
  if (template) {
    const inbox = data.inboxes.find((i) => i.id === conv.inboxId);
    const t = inbox?.templates.find(
      (x) => x.name === template.name && (!template.language || x.language === template.language),
    );
    if (t?.status !== "APPROVED") failure = TEMPLATE_ERROR;
    if (!content && t) content = renderTemplate(t.body, template.processed_params);
  } else if (!isPrivate && !canReply(data, conv, nowS(ctx))) {
    // Chatwoot stores the message and lets WhatsApp refuse it (NOTES.md "WhatsApp").
    failure = REENGAGEMENT_ERROR;
  }
  if (!content) return json(422, { message: "Content can't be blank", attributes: ["content"] });
  const incoming = body.message_type === "incoming";
  const m = appendMessage(ctx.state, conv, {
    content,
    type: incoming ? 0 : 1,
    private: isPrivate,
    senderType: incoming ? "Contact" : "User",
    senderId: incoming ? conv.contactId : user.id,
    sourceId: incoming ? null : `wamid.${randomUUID().replace(/-/g, "")}`,
    contentAttributes: isRecord(body.content_attributes) ? body.content_attributes : {},
    additionalAttributes: template ? { template_params: template } : {},
    echoId: typeof body.echo_id === "string" || typeof body.echo_id === "number" ? String(body.echo_id) : undefined,
  });
  if (!incoming && !isPrivate) {
    conv.firstReplyAt ??= m.createdAt;
    conv.waitingSince = null;
    conv.unreadCount = 0;
    conv.agentLastSeenAt = m.createdAt;
    scheduleDelivery(ctx.state, conv, m, failure);
  }
  emit(ctx.state, "message_created", messageWebhook(ctx.state, m, conv));
  recordSent(ctx.state, {
    service: "chatwoot",
    kind: isPrivate ? "note_created" : template ? "template_sent" : "message_created",
    method: ctx.method,
    path: ctx.path,
    body: ctx.body,
    result: { conversationId: conv.id, messageId: m.id },
  });
  return json(200, messageJson(m, data));
}

export const messageRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
    handler: withConversation((ctx, _user, conv) => {
      const before = intParam(ctx.query.get("before"));
      const after = intParam(ctx.query.get("after"));
      let msgs = conv.messages;
      if (after !== undefined) msgs = msgs.filter((m) => m.id > after);
      if (before !== undefined) msgs = msgs.filter((m) => m.id < before);
      msgs = after !== undefined && before === undefined ? msgs.slice(0, AFTER_MAX) : msgs.slice(-PAGE);
      const data = ctx.state.world.chatwoot;
      const contact = data.contacts.find((c) => c.id === conv.contactId);
      const assignee = data.users.find((u) => u.id === conv.assigneeId);
      return json(200, {
        meta: {
          labels: conv.labels,
          additional_attributes: {},
          ...(contact ? { contact: contactJson(contact, data) } : {}),
          ...(assignee ? { assignee: userJson(assignee, data) } : {}),
          agent_last_seen_at: new Date(conv.agentLastSeenAt * 1000).toISOString(),
          assignee_last_seen_at: new Date(conv.agentLastSeenAt * 1000).toISOString(),
        },
        payload: msgs.map((m) => messageJson(m, data)),
      });
    }),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
    handler: withConversation(createMessage),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}/retry",
    handler: withConversation((ctx, _user, conv) => {
      const m = conv.messages.find((x) => x.id === Number(ctx.params.message_id));
      if (!m) return json(404, { error: "Resource could not be found" });
      if (m.status !== "failed") return json(200, messageJson(m, ctx.state.world.chatwoot));
      const { external_error: _dropped, ...rest } = m.contentAttributes;
      m.contentAttributes = rest;
      m.status = "sent";
      const template = m.additionalAttributes.template_params;
      const stillClosed = !template && !canReply(ctx.state.world.chatwoot, conv, nowS(ctx));
      scheduleDelivery(ctx.state, conv, m, stillClosed ? REENGAGEMENT_ERROR : null);
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "message_retried",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { conversationId: conv.id, messageId: m.id },
      });
      return json(200, messageJson(m, ctx.state.world.chatwoot));
    }),
  },
];
