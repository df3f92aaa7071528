import { randomUUID } from "node:crypto";
import { WHATSAPP_INBOX_ID } from "../seed/chatwoot-reference";
import type { SandboxState } from "../state";
import type { CwConversation } from "./chatwoot-records";
import { createContact, samePhone } from "./contacts";
import { conversationWebhook, emit, messageWebhook } from "./events";
import { appendMessage } from "./messages";

export interface InboundInput {
  phone?: string;
  name?: string;
  content: string;
  conversationId?: number;
}

export interface InboundResult {
  contactId: number;
  conversationId: number;
  messageId: number;
  createdContact: boolean;
  createdConversation: boolean;
}

function openConversation(state: SandboxState, contactId: number): CwConversation {
  const data = state.world.chatwoot;
  const t = Math.floor(state.now() / 1000);
  const conv: CwConversation = {
    id: data.nextConversationId++,
    uuid: randomUUID(),
    inboxId: WHATSAPP_INBOX_ID,
    contactId,
    status: "open",
    assigneeId: null,
    labels: [],
    priority: null,
    snoozedUntil: null,
    createdAt: t,
    updatedAt: t,
    lastActivityAt: t,
    unreadCount: 0,
    agentLastSeenAt: 0,
    contactLastSeenAt: t,
    firstReplyAt: null,
    waitingSince: null,
    resolvedAt: null,
    messages: [],
  };
  data.conversations.push(conv);
  emit(state, "conversation_created", conversationWebhook(state, conv));
  return conv;
}

/** What a WhatsApp customer writing in does to Chatwoot: contact, conversation, message, events. */
export function injectInbound(
  state: SandboxState,
  input: InboundInput,
): InboundResult | { error: string; status: number } {
  const data = state.world.chatwoot;
  let conv: CwConversation | undefined;
  let createdContact = false;
  let createdConversation = false;
  if (input.conversationId !== undefined) {
    conv = data.conversations.find((c) => c.id === input.conversationId);
    if (!conv) return { status: 404, error: `conversation ${input.conversationId} not found` };
  } else {
    const phone = input.phone ?? "";
    if (phone.replace(/\D/g, "").length < 8)
      return { status: 400, error: "phone (E.164, e.g. +56912345678) or conversationId is required" };
    const e164 = `+${phone.replace(/\D/g, "")}`;
    let contact = data.contacts.find((c) => samePhone(c.phone, e164));
    if (!contact) {
      contact = createContact(state, {
        name: input.name?.trim() || e164,
        phone: e164,
        email: null,
        inboxId: WHATSAPP_INBOX_ID,
      });
      createdContact = true;
    }
    contact.sources[WHATSAPP_INBOX_ID] ??= e164.slice(1);
    const contactId = contact.id;
    // Without lock_to_single_conversation Chatwoot continues the latest unresolved conversation.
    conv = data.conversations
      .filter((c) => c.contactId === contactId && c.inboxId === WHATSAPP_INBOX_ID && c.status !== "resolved")
      .sort((a, b) => b.lastActivityAt - a.lastActivityAt)[0];
    if (!conv) {
      conv = openConversation(state, contactId);
      createdConversation = true;
    }
  }
  const target = conv;
  if (target.status === "resolved" || target.status === "snoozed") {
    const previous = target.status;
    target.status = "open";
    target.snoozedUntil = null;
    emit(state, "conversation_status_changed", {
      ...conversationWebhook(state, target),
      changed_attributes: [{ status: { previous_value: previous, current_value: "open" } }],
    });
  }
  const m = appendMessage(state, target, {
    content: input.content,
    type: 0,
    private: false,
    senderType: "Contact",
    senderId: target.contactId,
    sourceId: `wamid.${randomUUID().replace(/-/g, "")}`,
  });
  target.unreadCount++;
  target.waitingSince ??= m.createdAt;
  const contact = data.contacts.find((c) => c.id === target.contactId);
  if (contact) contact.lastActivityAt = m.createdAt;
  emit(state, "message_created", messageWebhook(state, m, target));
  return {
    contactId: target.contactId,
    conversationId: target.id,
    messageId: m.id,
    createdContact,
    createdConversation,
  };
}
