import { toIso } from "../time";
import type {
  Agent,
  Contact,
  Conversation,
  Inbox,
  Message,
  MessageType,
  Profile,
  ReportSummary,
  ReportSummaryValues,
  Webhook,
} from "./chatwoot-models";
import type {
  CwAgent,
  CwContact,
  CwConversation,
  CwInbox,
  CwMessage,
  CwProfile,
  CwSummary,
  CwWebhook,
} from "./chatwoot-payloads";

const TYPES_BY_NUMBER: MessageType[] = ["incoming", "outgoing", "activity", "template"];

/**
 * REST sends message_type as 0..3, webhooks as "incoming"/"outgoing"/... (NOTES.md "Messages").
 * Anything else is shown as an activity line rather than as a customer's or agent's words.
 */
export function toMessageType(value: number | string): MessageType {
  if (typeof value === "number") return TYPES_BY_NUMBER[value] ?? "activity";
  const v = value.trim().toLowerCase();
  if (/^\d+$/.test(v)) return TYPES_BY_NUMBER[Number(v)] ?? "activity";
  return (TYPES_BY_NUMBER as string[]).includes(v) ? (v as MessageType) : "activity";
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

export function toMessage(m: CwMessage): Message {
  const attrs = m.content_attributes ?? {};
  return {
    id: m.id,
    conversationId: m.conversation_id ?? null,
    content: m.content ?? "",
    messageType: toMessageType(m.message_type),
    private: m.private === true,
    status: m.status ?? null,
    externalError: str(attrs.external_error),
    createdAt: toIso(m.created_at),
    echoId: m.echo_id === null || m.echo_id === undefined ? null : String(m.echo_id),
    sender: m.sender
      ? { id: m.sender.id, name: m.sender.available_name ?? m.sender.name ?? "", type: m.sender.type ?? null }
      : null,
    attachments: (m.attachments ?? []).map((a) => ({
      id: a.id ?? null,
      fileType: a.file_type ?? null,
      dataUrl: a.data_url ?? null,
      thumbUrl: a.thumb_url ?? null,
      fileSize: a.file_size ?? null,
    })),
  };
}

export function toContact(c: CwContact): Contact {
  const custom = c.custom_attributes ?? {};
  const extra = c.additional_attributes ?? {};
  return {
    id: c.id,
    name: c.name ?? "",
    email: str(c.email),
    phoneNumber: str(c.phone_number),
    thumbnail: str(c.thumbnail),
    identifier: str(c.identifier),
    rut: str(custom.rut),
    city: str(extra.city),
    customAttributes: custom,
    createdAt: toIso(c.created_at),
    lastActivityAt: toIso(c.last_activity_at),
  };
}

export function toAgent(a: CwAgent): Agent {
  return {
    id: a.id,
    name: a.available_name ?? a.name ?? "",
    email: str(a.email),
    role: str(a.role),
    availability: str(a.availability_status),
    thumbnail: str(a.thumbnail),
  };
}

export function toConversation(c: CwConversation): Conversation {
  const last = c.messages?.[c.messages.length - 1];
  return {
    id: c.id,
    status: c.status,
    inboxId: c.inbox_id ?? null,
    labels: c.labels ?? [],
    unreadCount: c.unread_count ?? 0,
    // Absent on non-WhatsApp channels of older servers: those can always reply.
    canReply: c.can_reply ?? true,
    priority: str(c.priority),
    channel: str(c.meta?.channel),
    waitingSince: toIso(c.waiting_since),
    lastActivityAt: toIso(c.last_activity_at),
    createdAt: toIso(c.created_at),
    snoozedUntil: toIso(c.snoozed_until),
    contact: c.meta?.sender ? toContact(c.meta.sender) : null,
    assignee: c.meta?.assignee ? toAgent(c.meta.assignee) : null,
    team: c.meta?.team ? { id: c.meta.team.id, name: c.meta.team.name ?? "" } : null,
    lastMessage: last ? toMessage(last) : null,
  };
}

export function toInbox(i: CwInbox): Inbox {
  const isWhatsapp = i.channel_type === "Channel::Whatsapp";
  return {
    id: i.id,
    name: i.name,
    channelType: str(i.channel_type),
    isWhatsapp,
    phoneNumber: str(i.phone_number),
    templates: (i.message_templates ?? []).map((t) => ({
      id: t.id === null || t.id === undefined ? null : String(t.id),
      name: t.name,
      status: str(t.status),
      category: str(t.category),
      language: str(t.language),
      body: str(t.components?.find((c) => c.type?.toUpperCase() === "BODY")?.text),
      approved: t.status?.toUpperCase() === "APPROVED",
    })),
  };
}

export function toProfile(p: CwProfile): Profile {
  return {
    id: p.id,
    name: p.available_name ?? p.name ?? "",
    email: str(p.email),
    role: str(p.role),
    accounts: (p.accounts ?? []).map((a) => ({ id: a.id, name: a.name ?? "", role: str(a.role) })),
  };
}

function summaryValues(s: Partial<Record<keyof CwSummary, unknown>>): ReportSummaryValues {
  const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  return {
    conversationsCount: n(s.conversations_count),
    incomingMessagesCount: n(s.incoming_messages_count),
    outgoingMessagesCount: n(s.outgoing_messages_count),
    avgFirstResponseTime: n(s.avg_first_response_time),
    avgResolutionTime: n(s.avg_resolution_time),
    resolutionsCount: n(s.resolutions_count),
  };
}

export function toReportSummary(s: CwSummary): ReportSummary {
  return { ...summaryValues(s), previous: s.previous ? summaryValues(s.previous) : null };
}

export function toWebhook(w: CwWebhook): Webhook {
  return {
    id: w.id,
    url: w.url,
    name: str(w.name),
    subscriptions: w.subscriptions ?? [],
    secret: str(w.secret),
  };
}
