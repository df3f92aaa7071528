// Chatwoot webhook payloads → the Hub's small live events. Tolerant: a field of the wrong type
// reads as null rather than failing, because the stored payload is the record and the event is a hint.
import { HUB_CONVERSATION_READ } from "./hub-events";
import type { LiveEvent, LiveEventKind, MessageType } from "./live-event";

const kindByChatwootEvent: Record<string, LiveEventKind> = {
  message_created: "message.created",
  message_updated: "message.updated",
  conversation_created: "conversation.created",
  conversation_status_changed: "conversation.updated",
  conversation_updated: "conversation.updated",
  contact_created: "contact.created",
  contact_updated: "contact.updated",
  // The Hub's own: a member marked the conversation read (changed: unread_count).
  [HUB_CONVERSATION_READ]: "conversation.updated",
};

/** The Hub kind for a Chatwoot event, or null for events the Hub does not stream (typing, inboxes). */
export function liveKindFor(chatwootEvent: string): LiveEventKind | null {
  return Object.hasOwn(kindByChatwootEvent, chatwootEvent) ? kindByChatwootEvent[chatwootEvent] : null;
}

// Chatwoot's enum order (NOTES.md "Messages"): integers in REST and websocket payloads, names in webhooks.
const messageTypes: MessageType[] = ["incoming", "outgoing", "activity", "template"];

export function parseMessageType(value: unknown): MessageType | null {
  if (typeof value === "number") return messageTypes[value] ?? null;
  if (typeof value === "string") {
    if (/^\d+$/.test(value)) return messageTypes[Number(value)] ?? null;
    return (messageTypes as string[]).includes(value) ? (value as MessageType) : null;
  }
  return null;
}

type Json = Record<string, unknown>;
const PREVIEW_CHARS = 280;

const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const int = (v: unknown): number | null => {
  if (typeof v === "number" && Number.isSafeInteger(v)) return v;
  if (typeof v === "string" && /^\d{1,15}$/.test(v)) return Number(v);
  return null;
};
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

function labelsOf(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((l): l is string => typeof l === "string") : [];
}

/** changed_attributes is a list of one-key objects: [{status: {previous_value, current_value}}]. */
function changedNames(payload: Json, chatwootEvent: string): string[] {
  const names = new Set<string>();
  if (Array.isArray(payload.changed_attributes)) {
    for (const entry of payload.changed_attributes) for (const key of Object.keys(obj(entry) ?? {})) names.add(key);
  }
  if (chatwootEvent === "conversation_status_changed") names.add("status");
  return [...names];
}

function preview(content: unknown): string | null {
  const text = str(content);
  if (text === null) return null;
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

export type StoredEvent = { id: number; event: string; payload: unknown; receivedAt: Date | string };

/** One stored webhook event as a live event, or null when it is not a kind the Hub streams. */
export function normalizeChatwootEvent(row: StoredEvent): LiveEvent | null {
  const kind = liveKindFor(row.event);
  if (!kind) return null;
  const payload = obj(row.payload) ?? {};
  const common = {
    id: row.id,
    chatwootEvent: row.event,
    receivedAt: row.receivedAt instanceof Date ? row.receivedAt.toISOString() : new Date(row.receivedAt).toISOString(),
  };
  if (kind === "message.created" || kind === "message.updated") {
    const conversation = obj(payload.conversation);
    return {
      ...common,
      kind,
      // Webhooks nest the conversation (its id is the display id); websocket-style payloads carry conversation_id.
      conversationId: int(conversation?.id) ?? int(payload.conversation_id),
      messageId: int(payload.id),
      messageType: parseMessageType(payload.message_type),
      private: payload.private === true,
      status: str(payload.status),
      contentPreview: preview(payload.content),
      senderName: str(obj(payload.sender)?.name),
    };
  }
  if (kind === "conversation.created" || kind === "conversation.updated") {
    const meta = obj(payload.meta);
    return {
      ...common,
      kind,
      conversationId: int(payload.id),
      status: str(payload.status),
      assigneeId: int(obj(meta?.assignee)?.id) ?? int(payload.assignee_id),
      labels: labelsOf(payload.labels),
      changed: changedNames(payload, row.event),
    };
  }
  return { ...common, kind, contactId: int(payload.id), name: str(payload.name) };
}
