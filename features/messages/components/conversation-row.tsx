"use client";
import { memo, useEffect, useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { formatPhone, formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";
import { cn } from "@/lib/utils";
import { isKnownStatus } from "../lib/status";
import { InboxIcon } from "./inbox-icon";

export const ROW_HEIGHT = 84;

function preview(c: Conversation, t: ReturnType<typeof useI18n>["t"]) {
  const m = c.lastMessage;
  if (!m) return t("messages.noPreview");
  const text = m.content.trim() || (m.attachments.length ? t("messages.attachment") : "");
  if (m.private) return `${t("messages.notePrefix")}${text}`;
  if (m.messageType === "outgoing" || m.messageType === "template") return `${t("messages.youPrefix")}${text}`;
  return text;
}

/** One line of the list: who, what they said last, when, and who has it. Fixed height for the virtualizer. */
export const ConversationRow = memo(function ConversationRow({
  conversation: c,
  href,
  selected,
  showStatus,
  inboxName,
  now,
  onOpen,
  onIntent,
}: {
  conversation: Conversation;
  href: string;
  selected: boolean;
  showStatus: boolean;
  inboxName: string;
  now: number;
  onOpen: (id: number) => void;
  onIntent?: (id: number) => void;
}) {
  const { t, locale } = useI18n();
  const intent = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(intent.current), []);
  const name = c.contact?.name || (c.contact?.phoneNumber ? formatPhone(c.contact.phoneNumber) : `#${c.id}`);
  const phone = c.contact?.phoneNumber ? formatPhone(c.contact.phoneNumber) : null;
  const when = c.lastActivityAt ?? c.lastMessage?.createdAt ?? null;
  return (
    <a
      href={href}
      onClick={(e) => {
        // Ctrl/Cmd/middle click open a new tab as any link does.
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onOpen(c.id);
      }}
      // Resting the pointer on a row (or focusing it) usually comes a moment before the click: start
      // fetching the thread then. A short delay keeps a sweep across the list from fetching every row.
      onPointerEnter={() => {
        clearTimeout(intent.current);
        intent.current = setTimeout(() => onIntent?.(c.id), 120);
      }}
      onPointerLeave={() => clearTimeout(intent.current)}
      onFocus={() => onIntent?.(c.id)}
      aria-current={selected ? "page" : undefined}
      data-conversation-id={c.id}
      className={cn(
        "flex h-full flex-col justify-center gap-0.5 border-b px-3 text-sm outline-none transition-colors hover:bg-accent/60 focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset",
        selected && "bg-accent",
      )}
    >
      <div className="flex items-baseline gap-2">
        <span
          className={cn("min-w-0 flex-1 truncate font-medium", c.unreadCount > 0 && "font-semibold")}
          // Element Timing: when the rows were first painted, by the server's HTML or later (a bench figure).
          {...{ elementtiming: "messages:row" }}
        >
          {name}
        </span>
        {when ? (
          // "hace 16 segundos" is a second older by the time the browser hydrates: a text mismatch there
          // made React re-render the whole page and drop a click made meanwhile. The minute timer
          // in the list brings it up to date.
          <time
            dateTime={when}
            className="shrink-0 text-muted-foreground text-xs"
            title={when}
            suppressHydrationWarning
          >
            {formatRelative(when, locale, now)}
          </time>
        ) : null}
      </div>
      <div className="flex items-center gap-2">
        <span className={cn("min-w-0 flex-1 truncate text-muted-foreground", c.unreadCount > 0 && "text-foreground")}>
          {preview(c, t)}
        </span>
        {c.unreadCount > 0 ? (
          <span
            className="grid h-5 min-w-5 shrink-0 place-items-center rounded-full bg-primary px-1.5 font-semibold text-[11px] text-primary-foreground"
            data-unread={c.unreadCount}
          >
            <span aria-hidden>{c.unreadCount > 99 ? "99+" : c.unreadCount}</span>
            <span className="sr-only">{t("messages.unread", { count: c.unreadCount })}</span>
          </span>
        ) : null}
      </div>
      <div className="flex min-w-0 items-center gap-1.5 text-muted-foreground text-xs">
        <InboxIcon channel={c.channel} label={inboxName} className="size-3.5 shrink-0" />
        {phone && phone !== name ? <span className="shrink-0 tabular-nums">{phone}</span> : null}
        <span className="truncate">· {c.assignee?.name ?? t("messages.unassigned")}</span>
        {showStatus && isKnownStatus(c.status) ? (
          <Badge variant="outline" className="h-4 px-1 text-[10px]">
            {t(`messages.statusOne.${c.status}`)}
          </Badge>
        ) : null}
        {c.labels.slice(0, 2).map((l) => (
          <Badge key={l} variant="secondary" className="h-4 max-w-24 truncate px-1 text-[10px]">
            {l}
          </Badge>
        ))}
        {c.labels.length > 2 ? <span>+{c.labels.length - 2}</span> : null}
      </div>
    </a>
  );
});
