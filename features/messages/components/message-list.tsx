"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Loader2 } from "lucide-react";
import { useEffect, useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
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
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === "day" ? 36 : 72),
    paddingStart: TOP_SPACE,
    getItemKey: (i) => rows[i]?.key ?? `missing-row-${i}`,
    overscan: 6,
    anchorTo: "end",
    followOnAppend: true,
    scrollEndThreshold: 80,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const firstIndex = virtualItems[0]?.index ?? 0;

  // Open at the newest message, then report the thread as open for the performance measure.
  useEffect(() => {
    if (settled.current) return;
    if (rows.length > 0) virtualizer.scrollToIndex(rows.length - 1, { align: "end" });
    const frame = requestAnimationFrame(() => {
      settled.current = true;
      measureThreadOpen(conversationId);
    });
    return () => cancelAnimationFrame(frame);
  }, [virtualizer, rows.length, conversationId]);

  // Our own new message always comes into view, even when scrolled up.
  const lastPending = pending.at(-1)?.echoId;
  useEffect(() => {
    if (lastPending && settled.current) virtualizer.scrollToIndex(rows.length - 1, { align: "end" });
  }, [lastPending, virtualizer, rows.length]);

  useEffect(() => {
    if (settled.current && firstIndex <= 2 && hasOlder && !loadingOlder && !olderError) loadOlder();
  }, [firstIndex, hasOlder, loadingOlder, olderError, loadOlder]);

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
              {row.kind === "day" ? (
                <DayLabel day={row.day} />
              ) : row.kind === "message" ? (
                <MessageBubble tenantId={props.tenantId} message={row.message} />
              ) : (
                <OutboxBubble
                  entry={row.entry}
                  onRetry={props.onRetry}
                  onDiscard={props.onDiscard}
                  readOnly={props.readOnly}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
