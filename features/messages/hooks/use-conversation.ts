"use client";
// One conversation's header data (status, assignee, labels, whether WhatsApp's window is open).
// The list already holds a copy: it is used as is while fresh, so opening a conversation costs one
// request (its messages), not two.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";
import { fetchConversation } from "../lib/api";
import { type ConversationPages, findConversation } from "../lib/conversation-pages";
import { messagesKeys } from "../lib/conversation-query-keys";

export function useConversation(tenantId: string, id: number) {
  const queryClient = useQueryClient();
  const fromList = () => {
    for (const query of queryClient.getQueryCache().findAll({ queryKey: messagesKeys.lists(tenantId) })) {
      const found = findConversation(query.state.data as ConversationPages | undefined, id);
      if (found) return { data: found, updatedAt: query.state.dataUpdatedAt };
    }
    return null;
  };
  return useQuery<Conversation>({
    queryKey: messagesKeys.detail(tenantId, id),
    queryFn: ({ signal }) => fetchConversation(tenantId, id, signal),
    initialData: () => fromList()?.data,
    initialDataUpdatedAt: () => fromList()?.updatedAt,
  });
}
