"use client";
// Resolve, reopen, mark pending, snooze, assign and label: applied to the list and the thread at
// once (a resolved conversation leaves "abiertas" immediately), undone if Chatwoot refuses, and
// confirmed by a refetch either way.
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import type { Agent, Conversation, ConversationStatus } from "@/lib/integrations/chatwoot/chatwoot-models";
import { keyStartsWith, liveQueryKeys } from "@/lib/live/live-query-keys";
import { toast } from "@/lib/toast";
import { postAssignment, postLabels, postStatus } from "../lib/api";
import { type ConversationPages, patchPages } from "../lib/conversation-pages";
import { messagesKeys } from "../lib/conversation-query-keys";
import { type ListFilters, matchesFilters } from "../lib/filters";

export type ConversationChange =
  | { kind: "status"; status: ConversationStatus; snoozedUntil?: Date }
  | { kind: "assign"; assignee: Agent | null }
  | { kind: "labels"; labels: string[] };

export function applyChange(c: Conversation, change: ConversationChange): Conversation {
  switch (change.kind) {
    case "status":
      return {
        ...c,
        status: change.status,
        snoozedUntil: change.status === "snoozed" ? (change.snoozedUntil?.toISOString() ?? null) : null,
      };
    case "assign":
      return { ...c, assignee: change.assignee };
    case "labels":
      return { ...c, labels: change.labels };
  }
}

type Snapshot = [readonly unknown[], unknown][];

/** Patches every cached list and the detail; returns what was there to restore on failure. */
export function patchEverywhere(
  queryClient: QueryClient,
  tenantId: string,
  id: number,
  change: ConversationChange,
  meId: number | null,
): Snapshot {
  const lists = queryClient.getQueriesData<ConversationPages>({ queryKey: messagesKeys.lists(tenantId) });
  const detailKey = messagesKeys.detail(tenantId, id);
  const snapshot: Snapshot = [...lists, [detailKey, queryClient.getQueryData(detailKey)]];
  for (const [key, data] of lists) {
    const filters = key[4] as ListFilters;
    queryClient.setQueryData(
      key,
      patchPages(
        data,
        id,
        (c) => applyChange(c, change),
        (c) => matchesFilters(c, filters, meId),
      ),
    );
  }
  queryClient.setQueryData<Conversation>(detailKey, (c) => (c ? applyChange(c, change) : c));
  return snapshot;
}

export function useConversationActions(tenantId: string, meId: number | null) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const mutation = useMutation({
    mutationFn: async ({ id, change }: { id: number; change: ConversationChange }) => {
      switch (change.kind) {
        case "status":
          return postStatus(tenantId, id, {
            status: change.status,
            ...(change.snoozedUntil ? { snoozedUntil: Math.floor(change.snoozedUntil.getTime() / 1000) } : {}),
          });
        case "assign":
          return postAssignment(tenantId, id, change.assignee?.id ?? null);
        case "labels":
          return postLabels(tenantId, id, change.labels);
      }
    },
    onMutate: async ({ id, change }) => {
      // A refetch landing after the patch would put the old state back for a moment.
      await queryClient.cancelQueries({ predicate: keyStartsWith(liveQueryKeys.conversations(tenantId)) });
      return patchEverywhere(queryClient, tenantId, id, change, meId);
    },
    onError: (error, _vars, snapshot) => {
      for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
      toast.error(t("messages.actionFailed", { reason: errorText(error, t) }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ predicate: keyStartsWith(liveQueryKeys.conversations(tenantId)) });
    },
  });
  return {
    change: (id: number, change: ConversationChange) => mutation.mutate({ id, change }),
    pending: mutation.isPending,
  };
}
