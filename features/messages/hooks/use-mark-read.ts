"use client";
// Opening a conversation marks it read in Chatwoot, as Chatwoot's own inbox does, and clears its badge
// here at once; other tabs and instances hear it as a live event (app/api/.../read). Only members who
// answer (staff, admins) mark: Chatwoot records the read against the connection's agent.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";
import { postRead } from "../lib/api";
import { type ConversationPages, patchPages } from "../lib/conversation-pages";
import { messagesKeys } from "../lib/conversation-query-keys";

export function useMarkRead(tenantId: string, conversation: Conversation | undefined, enabled: boolean) {
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const id = conversation?.id;
  const unread = conversation?.unreadCount ?? 0;
  useEffect(() => {
    if (!enabled || id === undefined || unread === 0 || inFlight.current) return;
    inFlight.current = true;
    const clear = (c: Conversation) => ({ ...c, unreadCount: 0 });
    postRead(tenantId, id)
      .then(() => {
        for (const [key, data] of queryClient.getQueriesData<ConversationPages>({
          queryKey: messagesKeys.lists(tenantId),
        })) {
          queryClient.setQueryData(
            key,
            patchPages(data, id, clear, () => true),
          );
        }
        queryClient.setQueryData<Conversation>(messagesKeys.detail(tenantId, id), (c) => (c ? clear(c) : c));
      })
      // Nothing typed is at stake: the badge stays and the next open tries again.
      .catch(() => {})
      .finally(() => {
        inFlight.current = false;
      });
  }, [enabled, id, unread, tenantId, queryClient]);
}
