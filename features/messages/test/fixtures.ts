import type { Conversation, ConversationPage, Message } from "@/lib/integrations/chatwoot/chatwoot-models";

export function message(id: number, over: Partial<Message> = {}): Message {
  return {
    id,
    conversationId: 1,
    content: `mensaje ${id}`,
    messageType: "incoming",
    private: false,
    status: "sent",
    externalError: null,
    createdAt: new Date(Date.UTC(2026, 10, 20, 12, 0, id)).toISOString(),
    echoId: null,
    sender: null,
    attachments: [],
    ...over,
  };
}

export function conversation(id: number, over: Partial<Conversation> = {}): Conversation {
  return {
    id,
    status: "open",
    inboxId: 1,
    labels: [],
    unreadCount: 0,
    canReply: true,
    priority: null,
    channel: "Channel::Whatsapp",
    waitingSince: null,
    lastActivityAt: "2026-11-20T12:00:00.000Z",
    createdAt: "2026-11-20T11:00:00.000Z",
    snoozedUntil: null,
    contact: null,
    assignee: null,
    team: null,
    lastMessage: null,
    ...over,
  };
}

export function page(n: number, ids: number[], hasMore = true): ConversationPage {
  return {
    items: ids.map((id) => conversation(id)),
    meta: { mine: 1, assigned: 2, unassigned: 3, all: 5 },
    page: n,
    hasMore,
  };
}

export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
