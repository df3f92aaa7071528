"use client";
// Sending replies, notes and templates through the outbox (lib/send-machine.ts): the message shows
// at once, the server's copy replaces it by echo id, a failure stays visible with a retry, and a
// retry after an unknown outcome looks for the echo before sending again.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { ApiClientError } from "@/lib/browser/fetch-json";
import type { Message } from "@/lib/integrations/chatwoot/chatwoot-models";
import { fetchMessages, postMessage } from "../lib/api";
import { messagesKeys } from "../lib/conversation-query-keys";
import { browserStorage } from "../lib/drafts";
import { type MessageWindow, upsertMessage } from "../lib/message-window";
import { createOutboxStore, type OutboxStore } from "../lib/outbox-store";
import {
  canRetry,
  createEntry,
  failEntry,
  findEcho,
  type OutboxEntry,
  retryEntry,
  type TemplateSend,
} from "../lib/send-machine";

const stores = new Map<string, OutboxStore>();
export function outboxFor(tenantId: string): OutboxStore {
  let store = stores.get(tenantId);
  if (!store) {
    store = createOutboxStore(tenantId, browserStorage());
    stores.set(tenantId, store);
  }
  return store;
}

const NONE: OutboxEntry[] = [];
const errorOf = (error: unknown) =>
  error instanceof ApiClientError ? { status: error.status, message: error.message } : { status: 0, message: "" };

export function useOutbox(tenantId: string, conversationId: number, serverMessages: Message[] | undefined) {
  const queryClient = useQueryClient();
  const store = outboxFor(tenantId);
  const entries = useSyncExternalStore(
    store.subscribe,
    () => store.forConversation(conversationId),
    () => NONE,
  );

  // Entries whose echo arrived by another way (a live refresh, a reload) are done.
  useEffect(() => {
    if (!serverMessages || entries.length === 0) return;
    const echoed = new Set(serverMessages.map((m) => m.echoId));
    store.remove(entries.filter((e) => echoed.has(e.echoId)).map((e) => e.echoId));
  }, [serverMessages, entries, store]);

  const confirm = useCallback(
    (entry: OutboxEntry, message: Message) => {
      queryClient.setQueryData<MessageWindow>(messagesKeys.messages(tenantId, entry.conversationId), (prev) =>
        upsertMessage(prev, message),
      );
      store.remove([entry.echoId]);
    },
    [queryClient, store, tenantId],
  );

  const deliver = useCallback(
    async (entry: OutboxEntry) => {
      try {
        const message = await postMessage(tenantId, entry.conversationId, {
          ...(entry.content && !entry.template ? { content: entry.content } : {}),
          ...(entry.template ? { content: entry.content || undefined, templateParams: entry.template } : {}),
          private: entry.private,
          echoId: entry.echoId,
        });
        confirm(entry, message);
      } catch (error) {
        store.update(entry.echoId, (e) => failEntry(e, errorOf(error)));
      }
    },
    [tenantId, confirm, store],
  );

  const send = useCallback(
    (input: { content: string; private?: boolean; template?: TemplateSend | null }) => {
      const entry = createEntry({ conversationId, ...input });
      store.add(entry);
      void deliver(entry);
      return entry.echoId;
    },
    [conversationId, deliver, store],
  );

  const retry = useCallback(
    async (echoId: string) => {
      const entry = store.get(echoId);
      // Only a failed entry can go again: a double click or a second tab cannot send it twice.
      if (!entry || !canRetry(entry)) return;
      const next = retryEntry(entry);
      store.update(echoId, () => next);
      if (entry.outcomeUnknown) {
        let recent: Message[];
        try {
          recent = await fetchMessages(tenantId, entry.conversationId);
        } catch (error) {
          // Cannot tell whether the first attempt arrived: do not send blindly.
          store.update(echoId, (e) => ({ ...failEntry(e, errorOf(error)), outcomeUnknown: true }));
          return;
        }
        const echo = findEcho(entry, recent);
        if (echo) {
          confirm(entry, echo);
          return;
        }
        // Not there: the earlier attempt never arrived, so this one is the only send.
        store.update(echoId, (e) => ({ ...e, outcomeUnknown: false }));
      }
      await deliver(store.get(echoId) ?? next);
    },
    [tenantId, store, confirm, deliver],
  );

  const discard = useCallback((echoId: string) => store.remove([echoId]), [store]);

  return { entries, send, retry, discard };
}
