"use client";
import dynamic from "next/dynamic";
import { type Ref, useImperativeHandle, useMemo, useRef, useState } from "react";
import { preloadable } from "@/lib/browser/preloadable";
import { useI18n } from "@/lib/i18n/client";
import type { Agent } from "@/lib/integrations/chatwoot/chatwoot-models";
import { useConversation } from "../hooks/use-conversation";
import { type ConversationChange, useConversationActions } from "../hooks/use-conversation-actions";
import { useMarkRead } from "../hooks/use-mark-read";
import { useMessages } from "../hooks/use-messages";
import { useOutbox } from "../hooks/use-outbox";
import { useAgents, useInboxes, useLabels } from "../hooks/use-reference-data";
import { unmatchedEntries } from "../lib/send-machine";
import { Composer, type ComposerHandle } from "./composer";
import { MessageList } from "./message-list";
import { ThreadHeader } from "./thread-header";
import { ThreadSkeleton } from "./thread-skeleton";
import { UpstreamError } from "./upstream-error";

// Beside the chat, not in its way: the panel and its drawer load after the thread.
const loadPanel = () => import("./contact-panel").then((m) => m.ContactPanel);
const ContactPanel = preloadable(dynamic(loadPanel), loadPanel);
/** Called once this chunk is in, so the first conversation opened does not wait on the panel's. */
export const preloadThreadParts = () => ContactPanel.preload();
const ContactSheet = dynamic(() => import("./contact-sheet"));

export type ThreadHandle = ComposerHandle & { resolve: () => void };

/** One open conversation: header with actions, the messages, the composer and the contact beside it. */
export function Thread({
  tenantId,
  conversationId,
  readOnly,
  odooConnected,
  me,
  onBack,
  onOpenConversation,
  handle,
}: {
  tenantId: string;
  conversationId: number;
  readOnly: boolean;
  odooConnected: boolean;
  me: Agent | null;
  onBack: () => void;
  onOpenConversation: (id: number) => void;
  handle?: Ref<ThreadHandle>;
}) {
  const { t } = useI18n();
  const conversation = useConversation(tenantId, conversationId);
  const thread = useMessages(tenantId, conversationId);
  const outbox = useOutbox(tenantId, conversationId, thread.messages);
  const actions = useConversationActions(tenantId, me?.id ?? null);
  const inboxes = useInboxes(tenantId);
  const labels = useLabels(tenantId);
  const agents = useAgents(tenantId, !readOnly);
  const composer = useRef<ComposerHandle>(null);
  const [contactOpen, setContactOpen] = useState(false);

  const c = conversation.data;
  useMarkRead(tenantId, c, !readOnly);
  const change = (next: ConversationChange) => {
    if (!readOnly) actions.change(conversationId, next);
  };
  useImperativeHandle(handle, () => ({
    focus: () => composer.current?.focus(),
    startCanned: () => composer.current?.startCanned(),
    resolve: () => {
      if (c && c.status !== "resolved") change({ kind: "status", status: "resolved" });
    },
  }));

  const pending = useMemo(
    () => unmatchedEntries(outbox.entries, thread.messages ?? []),
    [outbox.entries, thread.messages],
  );
  const inbox = inboxes.data?.find((i) => i.id === c?.inboxId);

  if (!c) {
    return (
      <div className="flex min-h-0 flex-1 flex-col">
        {conversation.error ? (
          <UpstreamError
            title={t("messages.conversationError")}
            error={conversation.error}
            onRetry={() => conversation.refetch()}
          />
        ) : (
          <ThreadSkeleton />
        )}
      </div>
    );
  }

  const panel = (
    <ContactPanel
      tenantId={tenantId}
      conversation={c}
      odooConnected={odooConnected}
      onOpenConversation={(id) => {
        setContactOpen(false);
        onOpenConversation(id);
      }}
    />
  );

  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <section
        className="flex min-h-0 min-w-0 flex-1 flex-col"
        aria-label={c.contact?.name ?? `#${c.id}`}
        data-testid="thread"
      >
        <ThreadHeader
          conversation={c}
          agents={agents.data ?? []}
          labels={labels.data ?? []}
          me={me}
          readOnly={readOnly}
          onBack={onBack}
          onChange={change}
          onToggleContact={() => setContactOpen(true)}
        />
        {thread.messages ? (
          <MessageList
            tenantId={tenantId}
            conversationId={conversationId}
            messages={thread.messages}
            pending={pending}
            hasOlder={thread.hasOlder}
            loadingOlder={thread.loadingOlder}
            olderError={thread.olderError}
            loadOlder={thread.loadOlder}
            onRetry={outbox.retry}
            onDiscard={outbox.discard}
            readOnly={readOnly}
          />
        ) : thread.error ? (
          <div className="flex-1">
            <UpstreamError title={t("messages.threadError")} error={thread.error} onRetry={() => thread.refetch()} />
          </div>
        ) : (
          <ThreadSkeleton />
        )}
        {readOnly ? (
          <p className="border-t bg-muted/40 p-3 text-muted-foreground text-sm" data-testid="read-only-notice">
            {t("messages.composer.readOnly")}
          </p>
        ) : (
          <Composer tenantId={tenantId} conversation={c} inbox={inbox} onSend={outbox.send} handle={composer} />
        )}
      </section>
      {/* After the messages: the panel's requests must not delay the thread's own. */}
      <div className="hidden w-80 shrink-0 border-l xl:block">{thread.messages || thread.error ? panel : null}</div>
      {contactOpen ? (
        <ContactSheet open={contactOpen} onOpenChange={setContactOpen} title={t("messages.contact.title")}>
          {panel}
        </ContactSheet>
      ) : null}
    </div>
  );
}
