"use client";
// The endless conversation list: page 1 is a TanStack query (so live events, focus and polling
// refresh it), further pages are fetched on demand and appended to the same cache entry.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import { fetchConversationPage } from "../lib/api";
import {
  appendPage,
  type ConversationPages,
  countsOf,
  flattenPages,
  mergeFirstPage,
  nextPageNumber,
} from "../lib/conversation-pages";
import { messagesKeys } from "../lib/conversation-query-keys";
import type { ListFilters } from "../lib/filters";

export function conversationListQuery(
  tenantId: string,
  filters: ListFilters,
  getPrevious: () => ConversationPages | undefined,
) {
  return {
    queryKey: messagesKeys.list(tenantId, filters),
    queryFn: async ({ signal }: { signal: AbortSignal }) =>
      mergeFirstPage(getPrevious(), await fetchConversationPage(tenantId, filters, 1, signal)),
  };
}

export function useConversationList(tenantId: string, filters: ListFilters) {
  const queryClient = useQueryClient();
  const key = messagesKeys.list(tenantId, filters);
  const query = useQuery(
    conversationListQuery(tenantId, filters, () => queryClient.getQueryData<ConversationPages>(key)),
  );
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const inFlight = useRef<string | null>(null);

  const data = query.data;
  const items = useMemo(() => flattenPages(data), [data]);
  const nextPage = nextPageNumber(data);

  const loadMore = useCallback(async () => {
    const listKey = messagesKeys.list(tenantId, filters);
    const marker = JSON.stringify([listKey, nextPage]);
    if (nextPage === null || inFlight.current === marker) return;
    inFlight.current = marker;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchConversationPage(tenantId, filters, nextPage);
      queryClient.setQueryData<ConversationPages>(listKey, (prev) => appendPage(prev, page));
    } catch (error) {
      setMoreError(error);
    } finally {
      inFlight.current = null;
      setLoadingMore(false);
    }
  }, [nextPage, tenantId, filters, queryClient]);

  return {
    items,
    counts: countsOf(data),
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
    hasMore: nextPage !== null,
    loadMore,
    loadingMore,
    moreError,
  };
}
