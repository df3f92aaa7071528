"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { connectLive, type LiveStatus } from "@/lib/browser/live/live-connection";
import { allLivePrefixes, createInvalidationBatcher, prefixesFor } from "@/lib/browser/live/live-invalidation";
import type { LiveEvent } from "@/lib/events/live-event";
import { keyStartsWith } from "@/lib/live/live-query-keys";

export type UseLiveEventsOptions = {
  /** Called for every event, after the matching queries are marked stale (toasts, optimistic patches). */
  onEvent?: (event: LiveEvent) => void;
};

/**
 * Keeps a tenant's TanStack Query caches fresh from GET /api/events: each event invalidates the
 * queries it affects (key convention in ./live-query-keys.ts). While the stream is down it
 * reconnects with backoff and polls those queries every 10 s until the stream is back.
 */
export function useLiveEvents(tenantId: string | null | undefined, options: UseLiveEventsOptions = {}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("reconnecting");
  const onEvent = useRef(options.onEvent);
  useEffect(() => {
    onEvent.current = options.onEvent;
  });

  useEffect(() => {
    if (!tenantId) return;
    const batcher = createInvalidationBatcher((prefix) => {
      void queryClient.invalidateQueries({ predicate: keyStartsWith(prefix) });
    });
    const refetchAll = () => batcher.add(allLivePrefixes(tenantId));
    const connection = connectLive({
      url: (lastEventId) => {
        const params = new URLSearchParams({ tenant: tenantId });
        if (lastEventId) params.set("lastEventId", lastEventId);
        return `/api/events?${params}`;
      },
      onEvent: (event) => {
        batcher.add(prefixesFor(tenantId, event));
        onEvent.current?.(event);
      },
      onResync: refetchAll,
      onPoll: refetchAll,
      onStatus: setStatus,
    });
    return () => {
      connection.close();
      batcher.dispose();
    };
  }, [tenantId, queryClient]);

  return { status };
}
