"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Loader2 } from "lucide-react";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/lib/browser/use-hydrated";
import { formatDate, santiagoDay } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Message } from "@/lib/integrations/chatwoot/chatwoot-models";
import { buildThreadRows, type ThreadRow } from "../lib/group-by-day";
import { measureThreadOpen } from "../lib/perf-marks";
import type { OutboxEntry } from "../lib/send-machine";
import { MessageBubble, OutboxBubble } from "./message-bubble";

type Props = {
  /** Pictures in the thread are fetched through this tenant's Hub route. */
  tenantId: string;
  conversationId: number;
  messages: Message[];
  pending: OutboxEntry[];
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: unknown;
  loadOlder: () => void;
  onRetry: (echoId: string) => void;
  onDiscard: (echoId: string) => void;
  readOnly: boolean;
};

// Before the script runs, the server's HTML shows the newest rows of the page without the
// virtualizer (which needs a measured box): this many is more than a tall screen holds.
const STATIC_TAIL = 24;
// What the virtualizer assumes of its box before measuring it, so its first render already holds the
// newest rows rather than the oldest.
const ASSUMED_VIEWPORT = { width: 800, height: 700 };

// Room above the first message for "cargando anteriores" / "inicio de la conversación". It is padding,
// not a row: the row nearest the top must be a message, so prepending older pages anchors on it.
const TOP_SPACE = 40;

function DayLabel({ day }: { day: string }) {
  const { t, locale } = useI18n();
  const today = santiagoDay(new Date());
  const yesterday = santiagoDay(new Date(Date.now() - 86_400_000));
  const text =
    day === today
      ? t("messages.today")
      : day === yesterday
        ? t("messages.yesterday")
        : formatDate(`${day}T12:00:00Z`, locale);
  return (
    <div className="flex justify-center py-2" data-day={day}>
      <span className="rounded-full bg-muted px-3 py-0.5 font-medium text-muted-foreground text-xs">{text}</span>
    </div>
  );
}

/**
 * The thread, virtualized: a 2,000-message conversation keeps only what is on screen in the DOM.
 * Older pages load when the top comes into view and the reader's row stays put (anchorTo "end");
 * new messages scroll into view only when the reader is already at the bottom.
 */
export function MessageList(props: Props) {
  const { t } = useI18n();
  const { messages, pending, hasOlder, loadingOlder, olderError, loadOlder, conversationId } = props;
  const rows = useMemo<ThreadRow[]>(() => buildThreadRows(messages, pending), [messages, pending]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const settled = useRef(false);
  const hydrated = useHydrated();
  const estimateSize = (i: number) => (rows[i]?.kind === "day" ? 36 : 72);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    initialRect: ASSUMED_VIEWPORT,
    initialOffset: () => {
      let total = TOP_SPACE;
      for (let i = 0; i < rows.length; i++) total += estimateSize(i);
      return Math.max(0, total - ASSUMED_VIEWPORT.height);
    },
    paddingStart: TOP_SPACE,
    getItemKey: (i) => rows[i]?.key ?? `missing-row-${i}`,
    overscan: 6,
    anchorTo: "end",
    followOnAppend: true,
    scrollEndThreshold: 80,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const firstIndex = virtualItems[0]?.index ?? 0;

  // Open at the newest message before the first paint of the virtualized list, then report the thread
  // as open for the performance measure.
  useLayoutEffect(() => {
    if (settled.current || !hydrated) return;
    if (rows.length > 0) virtualizer.scrollToIndex(rows.length - 1, { align: "end" });
    const frame = requestAnimationFrame(() => {
      settled.current = true;
      measureThreadOpen(conversationId);
    });
    return () => cancelAnimationFrame(frame);
  }, [virtualizer, rows.length, conversationId, hydrated]);

  // Our own new message always comes into view, even when scrolled up.
  const lastPending = pending.at(-1)?.echoId;
  useEffect(() => {
    if (lastPending && settled.current) virtualizer.scrollToIndex(rows.length - 1, { align: "end" });
  }, [lastPending, virtualizer, rows.length]);

  useEffect(() => {
    if (settled.current && firstIndex <= 2 && hasOlder && !loadingOlder && !olderError) loadOlder();
  }, [firstIndex, hasOlder, loadingOlder, olderError, loadOlder]);

  // Element Timing reports when the newest message was first painted, by the server's HTML or by
  // the virtualizer: the "thread open" figure of the bench.
  const newestKey = rows.at(-1)?.key;
  const renderRow = (row: ThreadRow) =>
    row.kind === "day" ? (
      <DayLabel day={row.day} />
    ) : row.kind === "message" ? (
      <MessageBubble
        tenantId={props.tenantId}
        message={row.message}
        elementTiming={row.key === newestKey ? "messages:newest" : undefined}
      />
    ) : (
      <OutboxBubble entry={row.entry} onRetry={props.onRetry} onDiscard={props.onDiscard} readOnly={props.readOnly} />
    );

  if (!hydrated) {
    // A column-reverse box starts scrolled to its end, so the newest message shows without script.
    return (
      <div
        className="flex min-h-0 flex-1 flex-col-reverse overflow-y-auto overscroll-contain px-3 md:px-6"
        data-testid="message-list"
        data-static-tail=""
        role="log"
      >
        <div className="flex flex-col">
          {rows.slice(-STATIC_TAIL).map((row) => (
            <div key={row.key} className="flex w-full flex-col py-1">
              {renderRow(row)}
            </div>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 md:px-6"
      data-testid="message-list"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        <div
          className="absolute top-0 left-0 flex w-full items-center justify-center text-muted-foreground text-xs"
          style={{ height: TOP_SPACE }}
        >
          {loadingOlder ? (
            <span className="inline-flex items-center gap-2" role="status">
              <Loader2 className="size-3.5 animate-spin" aria-hidden />
              {t("messages.loadingOlder")}
            </span>
          ) : olderError ? (
            <span className="inline-flex items-center gap-2" role="alert">
              {t("messages.olderFailed")}
              <Button size="xs" variant="outline" onClick={loadOlder}>
                {t("common.retry")}
              </Button>
            </span>
          ) : hasOlder ? null : (
            t("messages.startOfConversation")
          )}
        </div>
        {virtualItems.map((v) => {
          const row = rows[v.index];
          return (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className="absolute top-0 left-0 flex w-full flex-col py-1"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {renderRow(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
