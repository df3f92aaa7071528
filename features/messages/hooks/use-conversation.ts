"use client";
// One conversation's header data (status, assignee, labels, whether WhatsApp's window is open),
// shown at once from the list's copy while the fresh one loads.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Conversation } from "@/lib/integrations/chatwoot/types";
import { fetchConversation } from "../lib/api";
import { type ConversationPages, findConversation } from "../lib/conversation-pages";
import { messagesKeys } from "../lib/query-keys";

export function useConversation(tenantId: string, id: number) {
  const queryClient = useQueryClient();
  return useQuery<Conversation>({
    queryKey: messagesKeys.detail(tenantId, id),
    queryFn: ({ signal }) => fetchConversation(tenantId, id, signal),
    placeholderData: () =>
      findInLists(queryClient.getQueriesData<ConversationPages>({ queryKey: messagesKeys.lists(tenantId) }), id),
  });
}

function findInLists(entries: [unknown, ConversationPages | undefined][], id: number): Conversation | undefined {
  for (const [, data] of entries) {
    const found = findConversation(data, id);
    if (found) return found;
  }
  return undefined;
}
