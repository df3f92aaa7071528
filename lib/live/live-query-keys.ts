// TanStack Query key convention for data that live events change. Features build their keys from
// these prefixes so the live hook can find them:
//   ["tenants", tenantId, "conversations", ...rest]           lists, details, counts of conversations
//   ["tenants", tenantId, "messages", conversationId, ...rest] one conversation's messages
//   ["tenants", tenantId, "contacts", ...rest]                contacts
// conversationId is Chatwoot's display id (the one in /{slug}/messages/{id}); number or string both
// match, since keys are compared by String() here.
import type { Query } from "@tanstack/react-query";

export const liveQueryKeys = {
  conversations: (tenantId: string) => ["tenants", tenantId, "conversations"] as const,
  messages: (tenantId: string, conversationId: number | string) =>
    ["tenants", tenantId, "messages", conversationId] as const,
  allMessages: (tenantId: string) => ["tenants", tenantId, "messages"] as const,
  contacts: (tenantId: string) => ["tenants", tenantId, "contacts"] as const,
};

/** A predicate for queryClient.invalidateQueries that matches a key prefix, comparing parts as strings. */
export function keyStartsWith(prefix: readonly unknown[]) {
  return (query: Pick<Query, "queryKey">) =>
    prefix.length <= query.queryKey.length && prefix.every((part, i) => String(query.queryKey[i]) === String(part));
}
