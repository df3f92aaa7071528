"use client";
import { FileText, Lock } from "lucide-react";
import { memo } from "react";
import { Button } from "@/components/ui/button";
import { formatTime } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Attachment, Message } from "@/lib/integrations/chatwoot/chatwoot-models";
import { cn } from "@/lib/utils";
import { safeHref } from "../lib/linkify";
import type { OutboxEntry } from "../lib/send-machine";
import { DeliveryStatus } from "./delivery-status";
import { MessageText } from "./message-text";

type Look = "incoming" | "outgoing" | "private" | "activity";

const lookOf = (m: { messageType: Message["messageType"]; private: boolean }): Look =>
  m.messageType === "activity"
    ? "activity"
    : m.private
      ? "private"
      : m.messageType === "incoming"
        ? "incoming"
        : "outgoing";

const bubble: Record<Exclude<Look, "activity">, string> = {
  incoming: "self-start rounded-bl-sm bg-muted text-foreground",
  outgoing: "self-end rounded-br-sm bg-primary text-primary-foreground",
  private:
    "self-end rounded-br-sm border border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50",
};

/** A picture's address on the Hub (the page's CSP allows images from the Hub alone). */
export const attachmentImageSrc = (tenantId: string, url: string) =>
  `/api/chatwoot/${encodeURIComponent(tenantId)}/attachment-image?url=${encodeURIComponent(url)}`;

function Attachments({ tenantId, items }: { tenantId: string; items: Attachment[] }) {
  const { t } = useI18n();
  return (
    <div className="mb-1 grid gap-1">
      {items.map((a, i) => {
        const href = a.dataUrl ? safeHref(a.dataUrl) : null;
        if (!href) return null;
        const name = decodeURIComponent(new URL(href).pathname.split("/").pop() || t("messages.attachment"));
        const key = a.id ?? `${i}:${href}`;
        if (a.fileType === "image") {
          const thumb = (a.thumbUrl && safeHref(a.thumbUrl)) || href;
          return (
            <a key={key} href={href} target="_blank" rel="noopener noreferrer" aria-label={t("messages.openImage")}>
              {/* biome-ignore lint/performance/noImgElement: customer images come from Chatwoot's storage, not ours to optimise */}
              <img
                src={attachmentImageSrc(tenantId, thumb)}
                alt=""
                loading="lazy"
                className="max-h-64 max-w-full rounded-md object-contain"
              />
            </a>
          );
        }
        return (
          <a
            key={key}
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1.5 underline underline-offset-2"
            aria-label={`${t("messages.openAttachment")}: ${name}`}
          >
            <FileText className="size-4 shrink-0" aria-hidden />
            <span className="truncate">{name}</span>
          </a>
        );
      })}
    </div>
  );
}

export const MessageBubble = memo(function MessageBubble({
  tenantId,
  message: m,
  elementTiming,
}: {
  tenantId: string;
  message: Message;
  /** An Element Timing name for the time stamp, which every message has (text it holds directly). */
  elementTiming?: string;
}) {
  const timing = elementTiming ? { elementtiming: elementTiming } : {};
  const { t, locale } = useI18n();
  const look = lookOf(m);
  const time = m.createdAt ? formatTime(m.createdAt, locale) : "";
  if (look === "activity") {
    return (
      <p
        className="mx-auto max-w-[80%] py-1 text-center text-muted-foreground text-xs"
        data-message-id={m.id}
        data-look="activity"
      >
        <MessageText text={m.content} /> {time ? <span {...timing}>· {time}</span> : null}
      </p>
    );
  }
  return (
    <div
      className={cn("flex max-w-[85%] flex-col rounded-2xl px-3 py-2 text-sm shadow-xs md:max-w-[70%]", bubble[look])}
      data-message-id={m.id}
      data-look={look}
    >
      {look === "private" ? (
        <span className="mb-0.5 inline-flex items-center gap-1 font-medium text-[11px] uppercase tracking-wide opacity-80">
          <Lock className="size-3" aria-hidden />
          {t("messages.privateNote")}
        </span>
      ) : null}
      {m.attachments.length ? <Attachments tenantId={tenantId} items={m.attachments} /> : null}
      {m.content ? <MessageText text={m.content} /> : null}
      <span className="mt-1 flex items-center justify-end gap-1.5 self-end text-[11px] opacity-75" {...timing}>
        {time}
        {look === "outgoing" ? <DeliveryStatus status={m.status} reason={m.externalError} /> : null}
      </span>
      {look === "outgoing" && m.status === "failed" ? <span className="sr-only">{m.externalError}</span> : null}
    </div>
  );
});

/** A send still waiting on Chatwoot, or one that failed and waits for a retry. */
export function OutboxBubble({
  entry,
  onRetry,
  onDiscard,
  readOnly,
}: {
  entry: OutboxEntry;
  onRetry: (echoId: string) => void;
  onDiscard: (echoId: string) => void;
  readOnly: boolean;
}) {
  const { t, locale } = useI18n();
  const failed = entry.state === "failed";
  return (
    <div
      className="flex max-w-[85%] flex-col items-end gap-1 self-end md:max-w-[70%]"
      data-outbox={entry.state}
      data-echo-id={entry.echoId}
    >
      <div
        className={cn(
          "flex flex-col rounded-2xl rounded-br-sm px-3 py-2 text-sm shadow-xs",
          entry.private ? bubble.private : bubble.outgoing,
          !failed && "opacity-80",
          failed && "ring-2 ring-destructive",
        )}
      >
        {entry.private ? (
          <span className="mb-0.5 inline-flex items-center gap-1 font-medium text-[11px] uppercase tracking-wide opacity-80">
            <Lock className="size-3" aria-hidden />
            {t("messages.privateNote")}
          </span>
        ) : null}
        <MessageText text={entry.content} />
        <span className="mt-1 flex items-center justify-end gap-1.5 self-end text-[11px] opacity-75">
          {formatTime(entry.createdAt, locale)}
          {failed ? null : <DeliveryStatus status="sending" />}
        </span>
      </div>
      {failed ? (
        <div className="flex flex-wrap items-center justify-end gap-2 text-destructive text-xs" role="alert">
          <span>
            {entry.error ? t("messages.sendFailedReason", { reason: entry.error }) : t("messages.sendFailed")}
          </span>
          {entry.outcomeUnknown ? (
            <span className="text-muted-foreground">{t("messages.sendFailedUnknown")}</span>
          ) : null}
          {readOnly ? null : (
            <>
              <Button size="xs" variant="outline" onClick={() => onRetry(entry.echoId)}>
                {t("messages.retry")}
              </Button>
              <Button size="xs" variant="ghost" onClick={() => onDiscard(entry.echoId)}>
                {t("messages.discard")}
              </Button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
