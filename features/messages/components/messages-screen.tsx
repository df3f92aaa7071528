"use client";
import { useQueryClient } from "@tanstack/react-query";
import { Keyboard, MessagesSquare } from "lucide-react";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useLiveEvents } from "@/lib/browser/live/use-live-events";
import { preloadable } from "@/lib/browser/preloadable";
import { useI18n } from "@/lib/i18n/client";
import type { Agent } from "@/lib/integrations/chatwoot/chatwoot-models";
import { cn } from "@/lib/utils";
import { useConversationList } from "../hooks/use-conversation-list";
import { useInboxLocation } from "../hooks/use-inbox-location";
import { messagesQuery } from "../hooks/use-messages";
import { useAgents, useChatwootMe, useInboxes, useLabels } from "../hooks/use-reference-data";
import type { ListFilters } from "../lib/filters";
import { markThreadOpenStart } from "../lib/perf-marks";
import { inboxAction, neighbour } from "../lib/shortcuts";
import { ConversationList } from "./conversation-list";
import { ListFiltersBar } from "./list-filters";
import type { ThreadHandle } from "./thread";
import { ThreadSkeleton } from "./thread-skeleton";

// The list paints first; the thread's code (composer, virtualized messages) follows in its own chunk,
// fetched as soon as the pointer, focus or a key reaches the inbox (before any row can be chosen), and
// at once when a conversation is open.
const loadThread = () =>
  import("./thread").then((m) => {
    void m.preloadThreadParts();
    return m.Thread;
  });
const Thread = preloadable(dynamic(loadThread, { loading: () => <ThreadSkeleton /> }), loadThread);
const ShortcutsDialog = dynamic(() => import("./shortcuts-dialog").then((m) => m.ShortcutsDialog));

export type MessagesTenant = { id: string; slug: string; role: "admin" | "staff" | "viewer" };

/** The inbox: the list on the left, the open conversation on the right (two screens on a phone). */
export function MessagesScreen({ tenant, odooConnected }: { tenant: MessagesTenant; odooConnected: boolean }) {
  const { t } = useI18n();
  const readOnly = tenant.role === "viewer";
  const { filters, selectedId, open, setFilters } = useInboxLocation(tenant.slug);
  const list = useConversationList(tenant.id, filters);
  const inboxes = useInboxes(tenant.id);
  const labels = useLabels(tenant.id);
  const profile = useChatwootMe(tenant.id);
  const agents = useAgents(tenant.id, !readOnly);
  const live = useLiveEvents(tenant.id);
  const threadRef = useRef<ThreadHandle>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const me = useMemo<Agent | null>(() => {
    if (!profile) return null;
    return (
      agents.data?.find((a) => a.id === profile.id) ?? {
        id: profile.id,
        name: profile.name,
        email: profile.email,
        role: profile.role,
        availability: null,
        thumbnail: null,
      }
    );
  }, [profile, agents.data]);

  const openConversation = useCallback(
    (id: number | null) => {
      if (id !== null && id !== selectedId) markThreadOpenStart(id);
      open(id);
    },
    [open, selectedId],
  );
  useEffect(() => {
    if (selectedId !== null) void Thread.preload();
  }, [selectedId]);
  const preloadThread = useCallback(() => void Thread.preload(), []);
  const listColumn = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const column = listColumn.current;
    if (!column) return;
    const events = ["pointerover", "focusin", "touchstart"] as const;
    for (const name of events) column.addEventListener(name, preloadThread, { once: true, passive: true });
    return () => {
      for (const name of events) column.removeEventListener(name, preloadThread);
    };
  }, [preloadThread]);
  const queryClient = useQueryClient();
  const prefetchThread = useCallback(
    (id: number) => void queryClient.prefetchQuery(messagesQuery(queryClient, tenant.id, id)),
    [queryClient, tenant.id],
  );
  const changeFilters = useCallback((next: Partial<ListFilters>) => setFilters(next), [setFilters]);

  // Single-key shortcuts; inboxAction ignores keys typed into fields, menus and dialogs.
  const ids = useMemo(() => list.items.map((c) => c.id), [list.items]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = inboxAction(e);
      if (!action) return;
      if (action === "next" || action === "prev") {
        const step = action === "next" ? 1 : -1;
        const id = neighbour(ids, selectedId, step);
        if (id === null || id === selectedId) return;
        e.preventDefault();
        openConversation(id);
        // The next j/k will most likely go one further: have it ready.
        const after = neighbour(ids, id, step);
        if (after !== null && after !== id) prefetchThread(after);
      } else if (action === "help") {
        e.preventDefault();
        setHelpOpen(true);
      } else if (selectedId !== null && !readOnly) {
        e.preventDefault();
        if (action === "reply") threadRef.current?.focus();
        else if (action === "canned") threadRef.current?.startCanned();
        else if (action === "resolve") threadRef.current?.resolve();
      }
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("keydown", preloadThread, { once: true });
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("keydown", preloadThread);
    };
  }, [ids, selectedId, readOnly, openConversation, prefetchThread, preloadThread]);

  return (
    <div className="-m-4 md:-m-8 flex h-[calc(100dvh-3.5rem)] min-h-0 overflow-hidden" data-testid="messages-screen">
      <div
        className={cn(
          "flex min-h-0 w-full flex-col border-r md:w-80 md:shrink-0 lg:w-96",
          selectedId !== null && "hidden md:flex",
        )}
        ref={listColumn}
      >
        <div className="flex items-center gap-2 px-3 pt-3">
          <h1 className="font-semibold text-lg">{t("messages.title")}</h1>
          <span
            className="inline-flex items-center gap-1.5 text-muted-foreground text-xs"
            data-live={live.status}
            title={t(`messages.live.${live.status}`)}
          >
            <span
              className={cn(
                "size-2 rounded-full",
                live.status === "live"
                  ? "bg-emerald-500"
                  : live.status === "polling"
                    ? "bg-amber-500"
                    : "bg-muted-foreground",
              )}
              aria-hidden
            />
            <span className="sr-only sm:not-sr-only">{t(`messages.live.${live.status}`)}</span>
          </span>
          <Button
            variant="ghost"
            size="icon-sm"
            className="ml-auto"
            onClick={() => setHelpOpen(true)}
            aria-label={t("messages.shortcuts.open")}
          >
            <Keyboard aria-hidden />
          </Button>
        </div>
        <ListFiltersBar
          filters={filters}
          counts={list.counts}
          inboxes={inboxes.data ?? []}
          labels={labels.data ?? []}
          onChange={changeFilters}
        />
        <ConversationList
          slug={tenant.slug}
          items={list.items}
          filters={filters}
          inboxes={inboxes.data ?? []}
          selectedId={selectedId}
          isPending={list.isPending}
          error={list.error}
          onRetry={() => list.refetch()}
          hasMore={list.hasMore}
          loadMore={list.loadMore}
          loadingMore={list.loadingMore}
          moreError={list.moreError}
          onOpen={openConversation}
          onIntent={prefetchThread}
          onClearFilters={changeFilters}
        />
      </div>
      <div className={cn("min-h-0 min-w-0 flex-1", selectedId === null ? "hidden md:flex" : "flex")}>
        {selectedId === null ? (
          <div className="m-auto grid max-w-sm justify-items-center gap-2 p-6 text-center">
            <MessagesSquare className="size-10 text-muted-foreground" aria-hidden />
            <p className="font-medium">{t("messages.selectTitle")}</p>
            <p className="text-muted-foreground text-sm">{t("messages.selectBody")}</p>
          </div>
        ) : (
          <Thread
            key={selectedId}
            tenantId={tenant.id}
            conversationId={selectedId}
            readOnly={readOnly}
            odooConnected={odooConnected}
            me={me}
            onBack={() => open(null)}
            onOpenConversation={openConversation}
            handle={threadRef}
          />
        )}
      </div>
      {helpOpen ? <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} /> : null}
    </div>
  );
}
