"use client";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { formatCLP, formatDate, formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";

// The lines a customer's records are shown in, wherever they appear (the contact page, the panel
// beside a chat): one look for a conversation, an order and an invoice across the app.

/** Two grey lines while a customer's records load. */
export const RecordRowsSkeleton = () => (
  <div className="grid gap-1.5" aria-hidden>
    <Skeleton className="h-4 w-full" />
    <Skeleton className="h-4 w-2/3" />
  </div>
);

// Odoo's dates are calendar days: noon UTC keeps them on the same day in Santiago.
export const odooDay = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T12:00:00Z` : d);

/** Inside a conversation's link or button: what it is and when it moved, then its last message. */
export function ConversationSummary(props: { heading: ReactNode; lastActivityAt?: string | null; preview?: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      <span className="flex justify-between gap-2 text-muted-foreground text-xs">
        {props.heading}
        {props.lastActivityAt ? <span>{formatRelative(props.lastActivityAt, locale)}</span> : null}
      </span>
      <span className="truncate">{props.preview || t("messages.noPreview")}</span>
    </>
  );
}

/** A record's line: its name with a small note after it, and what it amounts to at the right. */
export function RecordLine(props: { name: string; note?: ReactNode; children: ReactNode }) {
  return (
    <li className="flex justify-between gap-2">
      <span>
        {props.name}
        {props.note ? <span className="ml-2 text-muted-foreground text-xs">{props.note}</span> : null}
      </span>
      <span className="flex items-center gap-2 tabular-nums">{props.children}</span>
    </li>
  );
}

/** An order: its number, its day and its total. */
export function OrderLine({ order }: { order: { name: string; dateOrder: string | null; amountTotal: number } }) {
  const { locale } = useI18n();
  return (
    <RecordLine name={order.name} note={order.dateOrder ? formatDate(odooDay(order.dateOrder), locale) : undefined}>
      {formatCLP(order.amountTotal)}
    </RecordLine>
  );
}
