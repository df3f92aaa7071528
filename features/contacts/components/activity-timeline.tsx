"use client";
import { FileText, History, MessageCircle, ShoppingCart } from "lucide-react";
import { isKnownStatus } from "@/features/messages/lib/status";
import { formatCLP, formatDate, formatDateTime } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey, Translate } from "@/lib/i18n/types";
import type { TimelineEntry } from "../lib/timeline";
import { Section } from "./contact-identity";

// The backend may name an action "contact.updated", "update" or "contacts.tags": the last word decides.
const actionKey: Record<string, MessageKey> = {};
const aliases: [MessageKey, string[]][] = [
  ["contacts.detail.actions.created", ["create", "created"]],
  ["contacts.detail.actions.updated", ["update", "updated", "edit", "edited"]],
  ["contacts.detail.actions.merged", ["merge", "merged"]],
  ["contacts.detail.actions.unmerged", ["unmerge", "unmerged"]],
  ["contacts.detail.actions.splitFrom", ["split", "split_from"]],
  ["contacts.detail.actions.tagged", ["tag", "tags", "tagged"]],
  ["contacts.detail.actions.imported", ["import", "imported"]],
  ["contacts.detail.actions.synced", ["sync", "synced"]],
  ["contacts.detail.actions.exported", ["export", "exported", "data_export", "data_exported"]],
];
for (const [key, words] of aliases) for (const w of words) actionKey[w] = key;

function activityLabel(action: string, t: Translate): string {
  const key = actionKey[(action.split(/[.:]/).pop() ?? action).toLowerCase()];
  return key ? t(key) : t("contacts.detail.actions.other", { action });
}

function entryText(e: TimelineEntry, t: Translate): string {
  switch (e.kind) {
    case "activity":
      return activityLabel(e.activity.action, t);
    case "conversation":
      return t("contacts.detail.timeline.conversation", {
        id: e.conversation.id,
        status: isKnownStatus(e.conversation.status)
          ? t(`messages.statusOne.${e.conversation.status}`)
          : e.conversation.status,
      });
    case "order":
      return t("contacts.detail.timeline.order", { name: e.order.name, amount: formatCLP(e.order.amountTotal) });
    case "invoice":
      return t("contacts.detail.timeline.invoice", { name: e.invoice.name, amount: formatCLP(e.invoice.amountTotal) });
  }
}

const icon = { activity: History, conversation: MessageCircle, order: ShoppingCart, invoice: FileText };

export function ActivityTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, locale } = useI18n();
  return (
    <Section title={t("contacts.detail.activity")} testId="contact-activity">
      {entries.length === 0 ? (
        <p className="text-muted-foreground text-sm">{t("contacts.detail.noActivity")}</p>
      ) : (
        <ol className="grid gap-3 border-l pl-4">
          {entries.slice(0, 50).map((e) => {
            const Icon = icon[e.kind];
            return (
              <li key={e.key} className="relative text-sm">
                <span className="-left-[1.6rem] absolute top-0.5 grid size-5 place-items-center rounded-full border bg-background">
                  <Icon aria-hidden className="size-3 text-muted-foreground" />
                </span>
                <p>{entryText(e, t)}</p>
                <p className="text-muted-foreground text-xs">
                  <time dateTime={e.at}>
                    {e.kind === "invoice" ? formatDate(e.at, locale) : formatDateTime(e.at, locale)}
                  </time>
                  {e.kind === "activity" && e.activity.actorName
                    ? ` · ${t("contacts.detail.by", { name: e.activity.actorName })}`
                    : null}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
