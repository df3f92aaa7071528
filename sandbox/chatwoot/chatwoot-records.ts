/** In-memory Chatwoot account. Times are unix seconds, as Chatwoot's REST API speaks them. */

export type ConversationStatus = "open" | "pending" | "resolved" | "snoozed";

/** 0 incoming, 1 outgoing, 2 activity, 3 template: Chatwoot's integer enum. */
export type MessageType = 0 | 1 | 2 | 3;

export interface CwUser {
  id: number;
  name: string;
  email: string;
  role: "administrator" | "agent";
  token: string;
  availability: "online" | "busy" | "offline";
}

export interface CwTemplate {
  id: string;
  name: string;
  status: "APPROVED" | "PENDING" | "REJECTED";
  category: "UTILITY" | "MARKETING";
  language: string;
  body: string;
}

export interface CwInbox {
  id: number;
  name: string;
  channelType: "Channel::Whatsapp" | "Channel::WebWidget";
  phoneNumber: string | null;
  templates: CwTemplate[];
}

export interface CwContact {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  identifier: string | null;
  city: string;
  rut: string | null;
  createdAt: number;
  lastActivityAt: number | null;
  /** inbox id → source id, the contact_inboxes Chatwoot keeps. */
  sources: Record<number, string>;
}

export interface CwMessage {
  id: number;
  conversationId: number;
  inboxId: number;
  content: string;
  type: MessageType;
  private: boolean;
  status: "sent" | "delivered" | "read" | "failed";
  createdAt: number;
  updatedAt: number;
  senderType: "Contact" | "User" | null;
  senderId: number | null;
  sourceId: string | null;
  contentAttributes: Record<string, unknown>;
  additionalAttributes: Record<string, unknown>;
  echoId?: string;
}

export interface CwConversation {
  id: number;
  uuid: string;
  inboxId: number;
  contactId: number;
  status: ConversationStatus;
  assigneeId: number | null;
  labels: string[];
  priority: "low" | "medium" | "high" | "urgent" | null;
  snoozedUntil: number | null;
  createdAt: number;
  updatedAt: number;
  lastActivityAt: number;
  unreadCount: number;
  agentLastSeenAt: number;
  contactLastSeenAt: number;
  firstReplyAt: number | null;
  waitingSince: number | null;
  resolvedAt: number | null;
  messages: CwMessage[];
}

export interface CwLabel {
  id: number;
  title: string;
  description: string;
  color: string;
}

export interface CwCanned {
  id: number;
  shortCode: string;
  content: string;
}

export interface ChatwootData {
  accountId: number;
  accountName: string;
  users: CwUser[];
  inboxes: CwInbox[];
  contacts: CwContact[];
  conversations: CwConversation[];
  labels: CwLabel[];
  canned: CwCanned[];
  nextContactId: number;
  nextConversationId: number;
  nextMessageId: number;
}
