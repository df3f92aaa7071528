"use client";
import {
  AlarmClock,
  ArrowLeft,
  Check,
  ChevronDown,
  CircleDot,
  PanelRight,
  RotateCcw,
  Tag,
  UserRound,
} from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { formatDateTime, formatPhone } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Agent, Conversation, Label } from "@/lib/integrations/chatwoot/chatwoot-models";
import type { ConversationChange } from "../hooks/use-conversation-actions";
import { snoozePresetTime } from "../lib/snooze-time";
import { isKnownStatus } from "../lib/status";

const SnoozeDialog = dynamic(() => import("./snooze-dialog").then((m) => m.SnoozeDialog));

const statusTone: Record<string, string> = {
  open: "border-emerald-300 text-emerald-700 dark:text-emerald-400",
  pending: "border-amber-300 text-amber-700 dark:text-amber-400",
  snoozed: "border-sky-300 text-sky-700 dark:text-sky-400",
  resolved: "text-muted-foreground",
};

export function ThreadHeader({
  conversation: c,
  agents,
  labels,
  me,
  readOnly,
  onBack,
  onChange,
  onToggleContact,
}: {
  conversation: Conversation;
  agents: Agent[];
  labels: Label[];
  me: Agent | null;
  readOnly: boolean;
  onBack: () => void;
  onChange: (change: ConversationChange) => void;
  onToggleContact: () => void;
}) {
  const { t, locale } = useI18n();
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const name = c.contact?.name || (c.contact?.phoneNumber ? formatPhone(c.contact.phoneNumber) : `#${c.id}`);
  const phone = c.contact?.phoneNumber ? formatPhone(c.contact.phoneNumber) : null;
  const status = isKnownStatus(c.status) ? c.status : null;
  const setLabels = (title: string, on: boolean) =>
    onChange({ kind: "labels", labels: on ? [...c.labels, title] : c.labels.filter((l) => l !== title) });

  return (
    <header className="flex flex-wrap items-center gap-2 border-b px-3 py-2" data-testid="thread-header">
      <Button variant="ghost" size="icon-sm" className="md:hidden" onClick={onBack} aria-label={t("messages.back")}>
        <ArrowLeft aria-hidden />
      </Button>
      <div className="min-w-0 flex-1 basis-56">
        <h2 className="truncate font-semibold" data-testid="thread-title">
          {name}
        </h2>
        <p className="flex flex-wrap items-center gap-1.5 text-muted-foreground text-xs">
          {phone && phone !== name ? <span className="tabular-nums">{phone}</span> : null}
          {status ? (
            <Badge variant="outline" className={statusTone[status]} data-status={status}>
              {t(`messages.statusOne.${status}`)}
            </Badge>
          ) : null}
          {status === "snoozed" && c.snoozedUntil ? (
            <span>{t("messages.actions.snoozedUntil", { when: formatDateTime(c.snoozedUntil, locale) })}</span>
          ) : null}
          {c.labels.map((l) => (
            <Badge key={l} variant="secondary">
              {l}
            </Badge>
          ))}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-1" role="toolbar" aria-label={t("messages.actions.label")}>
        {readOnly ? null : (
          <>
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="sm" data-testid="assign-menu">
                  <UserRound aria-hidden />
                  <span className="max-w-28 truncate">{c.assignee?.name ?? t("messages.unassigned")}</span>
                  <ChevronDown aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuLabel>{t("messages.actions.assignTo")}</DropdownMenuLabel>
                {me && c.assignee?.id !== me.id ? (
                  <DropdownMenuItem onSelect={() => onChange({ kind: "assign", assignee: me })}>
                    {t("messages.actions.assignMe")}
                  </DropdownMenuItem>
                ) : null}
                {agents
                  .filter((a) => a.id !== c.assignee?.id)
                  .map((a) => (
                    <DropdownMenuItem key={a.id} onSelect={() => onChange({ kind: "assign", assignee: a })}>
                      {a.name}
                    </DropdownMenuItem>
                  ))}
                {c.assignee ? (
                  <>
                    <DropdownMenuSeparator />
                    <DropdownMenuItem onSelect={() => onChange({ kind: "assign", assignee: null })}>
                      {t("messages.actions.unassign")}
                    </DropdownMenuItem>
                  </>
                ) : null}
              </DropdownMenuContent>
            </DropdownMenu>

            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="icon-sm" aria-label={t("messages.actions.editLabels")}>
                  <Tag aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuLabel>{t("messages.actions.labels")}</DropdownMenuLabel>
                {labels.map((l) => (
                  <DropdownMenuCheckboxItem
                    key={l.id}
                    checked={c.labels.includes(l.title)}
                    onCheckedChange={(on) => setLabels(l.title, on === true)}
                    onSelect={(e) => e.preventDefault()}
                  >
                    <span className="size-2 rounded-full" style={{ background: l.color ?? undefined }} aria-hidden />
                    {l.title}
                  </DropdownMenuCheckboxItem>
                ))}
              </DropdownMenuContent>
            </DropdownMenu>

            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="icon-sm" aria-label={t("messages.actions.snooze")}>
                  <AlarmClock aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuLabel>{t("messages.actions.snooze")}</DropdownMenuLabel>
                {(["hour", "tomorrow", "nextWeek"] as const).map((p) => (
                  <DropdownMenuItem
                    key={p}
                    onSelect={() => onChange({ kind: "status", status: "snoozed", snoozedUntil: snoozePresetTime(p) })}
                  >
                    {t(
                      p === "hour"
                        ? "messages.actions.snoozeHour"
                        : p === "tomorrow"
                          ? "messages.actions.snoozeTomorrow"
                          : "messages.actions.snoozeNextWeek",
                    )}
                  </DropdownMenuItem>
                ))}
                <DropdownMenuSeparator />
                <DropdownMenuItem onSelect={() => setSnoozeOpen(true)}>
                  {t("messages.actions.snoozeCustom")}
                </DropdownMenuItem>
                {c.status !== "pending" ? (
                  <>
                    <DropdownMenuSeparator />
                    <DropdownMenuItem onSelect={() => onChange({ kind: "status", status: "pending" })}>
                      <CircleDot aria-hidden />
                      {t("messages.actions.pending")}
                    </DropdownMenuItem>
                  </>
                ) : null}
              </DropdownMenuContent>
            </DropdownMenu>

            {c.status === "resolved" ? (
              <Button size="sm" variant="outline" onClick={() => onChange({ kind: "status", status: "open" })}>
                <RotateCcw aria-hidden />
                {t("messages.actions.reopen")}
              </Button>
            ) : (
              <Button size="sm" onClick={() => onChange({ kind: "status", status: "resolved" })} data-testid="resolve">
                <Check aria-hidden />
                {t("messages.actions.resolve")}
              </Button>
            )}
            {c.status === "pending" || c.status === "snoozed" ? (
              <Button size="sm" variant="ghost" onClick={() => onChange({ kind: "status", status: "open" })}>
                {t("messages.actions.reopen")}
              </Button>
            ) : null}
          </>
        )}
        <Button
          variant="ghost"
          size="icon-sm"
          className="xl:hidden"
          onClick={onToggleContact}
          aria-label={t("messages.actions.contact")}
        >
          <PanelRight aria-hidden />
        </Button>
      </div>
      {snoozeOpen ? (
        <SnoozeDialog
          open={snoozeOpen}
          onOpenChange={setSnoozeOpen}
          onSnooze={(until) => onChange({ kind: "status", status: "snoozed", snoozedUntil: until })}
        />
      ) : null}
    </header>
  );
}
