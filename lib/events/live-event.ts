// The Hub's live events as the browser sees them on GET /api/events: one SSE frame per stored
// webhook event, `id:` = webhook_events.id, `event:` = kind, `data:` = this JSON. Shared by the
// server (which builds them) and the client hook (which reads them), so no server imports here.

export const liveEventKinds = [
  "message.created",
  "message.updated",
  "conversation.created",
  "conversation.updated",
  "contact.created",
  "contact.updated",
] as const;

export type LiveEventKind = (typeof liveEventKinds)[number];

export type MessageType = "incoming" | "outgoing" | "activity" | "template";

type Common = {
  /** webhook_events.id: the SSE id and the Last-Event-ID to resume from. */
  id: number;
  /** Chatwoot's own event name (message_created, conversation_status_changed, ...). */
  chatwootEvent: string;
  receivedAt: string;
};

export type MessageEvent = Common & {
  kind: "message.created" | "message.updated";
  /** The conversation's display id, the one Chatwoot URLs and the Hub's routes use. */
  conversationId: number | null;
  messageId: number | null;
  messageType: MessageType | null;
  private: boolean;
  /** sent | delivered | read | failed */
  status: string | null;
  /** Enough for a notification; the full message comes from the messages API. */
  contentPreview: string | null;
  senderName: string | null;
};

export type ConversationEvent = Common & {
  kind: "conversation.created" | "conversation.updated";
  conversationId: number | null;
  /** open | pending | resolved | snoozed */
  status: string | null;
  assigneeId: number | null;
  labels: string[];
  /** Attribute names Chatwoot reports as changed (status, assignee_id, label_list, ...). */
  changed: string[];
};

export type ContactEvent = Common & {
  kind: "contact.created" | "contact.updated";
  contactId: number | null;
  name: string | null;
};

export type LiveEvent = MessageEvent | ConversationEvent | ContactEvent;
