// The Hub's own Chatwoot shapes: camelCase, ISO dates, one message_type vocabulary.

export type ConversationStatus = "open" | "pending" | "resolved" | "snoozed";
export type MessageType = "incoming" | "outgoing" | "activity" | "template";
export type MessageStatus = "sent" | "delivered" | "read" | "failed";

export interface Person {
  id: number;
  name: string;
  email: string | null;
  phoneNumber: string | null;
  thumbnail: string | null;
}

export interface Contact extends Person {
  identifier: string | null;
  rut: string | null;
  city: string | null;
  customAttributes: Record<string, unknown>;
  createdAt: string | null;
  lastActivityAt: string | null;
}

export interface Agent {
  id: number;
  name: string;
  email: string | null;
  role: string | null;
  availability: string | null;
  thumbnail: string | null;
}

export interface Attachment {
  id: number | null;
  fileType: string | null;
  dataUrl: string | null;
  thumbUrl: string | null;
  fileSize: number | null;
}

export interface Message {
  id: number;
  conversationId: number | null;
  content: string;
  messageType: MessageType;
  private: boolean;
  status: MessageStatus | (string & {}) | null;
  /** WhatsApp's refusal, "<code>: <title>", when status is failed. */
  externalError: string | null;
  createdAt: string | null;
  echoId: string | null;
  sender: { id: number; name: string; type: string | null } | null;
  attachments: Attachment[];
}

export interface Conversation {
  id: number;
  status: ConversationStatus | (string & {});
  inboxId: number | null;
  labels: string[];
  unreadCount: number;
  /** False when WhatsApp's 24 h window closed: only a template can be sent. */
  canReply: boolean;
  priority: string | null;
  channel: string | null;
  waitingSince: string | null;
  lastActivityAt: string | null;
  createdAt: string | null;
  snoozedUntil: string | null;
  contact: Contact | null;
  assignee: Agent | null;
  team: { id: number; name: string } | null;
  lastMessage: Message | null;
}

export interface ConversationCounts {
  mine: number;
  assigned: number;
  unassigned: number;
  all: number;
}

export interface ConversationPage {
  items: Conversation[];
  meta: ConversationCounts;
  page: number;
  hasMore: boolean;
}

export interface MessageTemplate {
  id: string | null;
  name: string;
  status: string | null;
  category: string | null;
  language: string | null;
  body: string | null;
  approved: boolean;
}

export interface Inbox {
  id: number;
  name: string;
  channelType: string | null;
  isWhatsapp: boolean;
  phoneNumber: string | null;
  templates: MessageTemplate[];
}

export interface Label {
  id: number;
  title: string;
  description: string | null;
  color: string | null;
}

export interface CannedResponse {
  id: number;
  shortCode: string;
  content: string;
}

export interface ContactPage {
  items: Contact[];
  count: number | null;
  page: number;
  hasMore: boolean;
}

export interface Profile {
  id: number;
  name: string;
  email: string | null;
  role: string | null;
  accounts: { id: number; name: string; role: string | null }[];
}

export interface ReportSummaryValues {
  conversationsCount: number;
  incomingMessagesCount: number;
  outgoingMessagesCount: number;
  /** Seconds. */
  avgFirstResponseTime: number;
  /** Seconds. */
  avgResolutionTime: number;
  resolutionsCount: number;
}

export interface ReportSummary extends ReportSummaryValues {
  previous: ReportSummaryValues | null;
}

export interface ReportPoint {
  timestamp: string;
  value: number;
}

export interface Webhook {
  id: number;
  url: string;
  name: string | null;
  subscriptions: string[];
  /** Signing secret (Chatwoot ≥ 4.11); null on versions that do not sign. */
  secret: string | null;
}
