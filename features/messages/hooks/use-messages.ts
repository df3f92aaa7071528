"use client";
// One thread's messages: the latest page first; older pages on demand (`before=`). Refreshes fetch
// the latest page and merge it (plus `after=` when a burst left a hole), keeping loaded history.
import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { fetchMessages } from "../lib/api";
import { messagesKeys } from "../lib/conversation-query-keys";
import { AFTER_PAGE, hasGap, type MessageWindow, mergeLatest, newestId, prependOlder } from "../lib/message-window";

/** The thread's query, shared by the thread and the list's prefetch on hover. */
export function messagesQuery(queryClient: QueryClient, tenantId: string, conversationId: number) {
  const key = messagesKeys.messages(tenantId, conversationId);
  return {
    queryKey: key,
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<MessageWindow> => {
      const previous = queryClient.getQueryData<MessageWindow>(key);
      const latest = await fetchMessages(tenantId, conversationId, {}, signal);
      const newest = newestId(previous);
      const filled =
        newest !== null && hasGap(previous, latest)
          ? await fetchMessages(tenantId, conversationId, { after: newest }, signal)
          : [];
      return mergeLatest(previous, latest, filled.slice(0, AFTER_PAGE));
    },
  };
}

export function useMessages(tenantId: string, conversationId: number) {
  const queryClient = useQueryClient();
  const query = useQuery(messagesQuery(queryClient, tenantId, conversationId));

  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  const busy = useRef(false);
  const data = query.data;

  const loadOlder = useCallback(async () => {
    const oldest = data?.messages[0]?.id;
    if (busy.current || !data?.hasOlder || oldest === undefined) return;
    busy.current = true;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const older = await fetchMessages(tenantId, conversationId, { before: oldest });
      queryClient.setQueryData<MessageWindow>(messagesKeys.messages(tenantId, conversationId), (prev) =>
        prependOlder(prev, older),
      );
    } catch (error) {
      setOlderError(error);
    } finally {
      busy.current = false;
      setLoadingOlder(false);
    }
  }, [data, tenantId, conversationId, queryClient]);

  return {
    messages: data?.messages,
    hasOlder: data?.hasOlder ?? false,
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
    loadOlder,
    loadingOlder,
    olderError,
  };
}
