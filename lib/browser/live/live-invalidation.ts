// Which cached queries a live event makes stale, and a batcher so a burst of events (a busy inbox,
// a replay after reconnecting) refetches each query once instead of once per event.
import type { LiveEvent } from "@/lib/events/live-event";
import { liveQueryKeys } from "@/lib/live/live-query-keys";

export type QueryPrefix = readonly unknown[];

export function prefixesFor(tenantId: string, event: LiveEvent): QueryPrefix[] {
  switch (event.kind) {
    case "message.created":
    case "message.updated":
      // The conversation list shows the last message, unread counts and ordering too.
      return event.conversationId === null
        ? [liveQueryKeys.allMessages(tenantId), liveQueryKeys.conversations(tenantId)]
        : [liveQueryKeys.messages(tenantId, event.conversationId), liveQueryKeys.conversations(tenantId)];
    case "conversation.created":
    case "conversation.updated":
      return [liveQueryKeys.conversations(tenantId)];
    case "contact.created":
    case "contact.updated":
      return [liveQueryKeys.contacts(tenantId), liveQueryKeys.conversations(tenantId)];
  }
}

/** Everything live events can touch: what polling and a resync refetch. */
export function allLivePrefixes(tenantId: string): QueryPrefix[] {
  return [liveQueryKeys.conversations(tenantId), liveQueryKeys.allMessages(tenantId), liveQueryKeys.contacts(tenantId)];
}

export function createInvalidationBatcher(invalidate: (prefix: QueryPrefix) => void, delayMs = 150) {
  const waiting = new Map<string, QueryPrefix>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const prefixes = [...waiting.values()];
    waiting.clear();
    for (const prefix of prefixes) invalidate(prefix);
  };
  return {
    add(prefixes: QueryPrefix[]) {
      for (const prefix of prefixes) waiting.set(JSON.stringify(prefix.map(String)), prefix);
      timer ??= setTimeout(flush, delayMs);
    },
    dispose() {
      clearTimeout(timer);
      waiting.clear();
    },
  };
}
