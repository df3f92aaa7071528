"use client";
import { Search } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { formatInteger } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { ConversationCounts, Inbox, Label } from "@/lib/integrations/chatwoot/types";
import { cn } from "@/lib/utils";
import { type AssigneeFilter, assigneeFilters, type ListFilters, statusFilters } from "../lib/filters";

const ALL = "__all";
const countOf: Record<AssigneeFilter, keyof ConversationCounts> = { me: "mine", unassigned: "unassigned", all: "all" };

export function ListFiltersBar({
  filters,
  counts,
  inboxes,
  labels,
  onChange,
}: {
  filters: ListFilters;
  counts: ConversationCounts | null;
  inboxes: Inbox[];
  labels: Label[];
  onChange: (next: Partial<ListFilters>) => void;
}) {
  const { t } = useI18n();
  const searchId = useId();
  const [q, setQ] = useState(filters.q);
  const pushed = useRef(filters.q);
  // Follow the URL when it changes from outside (back button, "Quitar filtros"), never over typing.
  useEffect(() => {
    if (filters.q === pushed.current) return;
    pushed.current = filters.q;
    setQ(filters.q);
  }, [filters.q]);
  useEffect(() => {
    if (q === pushed.current) return;
    const timer = setTimeout(() => {
      pushed.current = q;
      onChange({ q });
    }, 300);
    return () => clearTimeout(timer);
  }, [q, onChange]);

  return (
    <div className="grid gap-2 border-b p-3">
      <div className="relative">
        <label htmlFor={searchId} className="sr-only">
          {t("messages.searchLabel")}
        </label>
        <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input
          id={searchId}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") (e.target as HTMLInputElement).blur();
          }}
          placeholder={t("messages.search")}
          className="pl-8"
          maxLength={200}
        />
      </div>
      <fieldset className="flex gap-1">
        <legend className="sr-only">{t("messages.assigneeFilter")}</legend>
        {assigneeFilters.map((a) => {
          const count = counts?.[countOf[a]];
          const active = filters.assignee === a;
          return (
            <button
              key={a}
              type="button"
              aria-pressed={active}
              data-assignee={a}
              onClick={() => onChange({ assignee: a })}
              className={cn(
                "flex flex-1 items-center justify-center gap-1.5 rounded-md px-2 py-1 font-medium text-xs outline-none transition-colors focus-visible:ring-2 focus-visible:ring-ring",
                active ? "bg-primary text-primary-foreground" : "bg-muted text-muted-foreground hover:text-foreground",
              )}
            >
              {t(`messages.assignee.${a}`)}
              {count !== undefined ? <span className="tabular-nums opacity-80">{formatInteger(count)}</span> : null}
            </button>
          );
        })}
      </fieldset>
      <div className="grid grid-cols-3 gap-1">
        <Select value={filters.status} onValueChange={(v) => onChange({ status: v as ListFilters["status"] })}>
          <SelectTrigger size="sm" className="w-full text-xs" aria-label={t("messages.statusFilter")}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {statusFilters.map((s) => (
              <SelectItem key={s} value={s}>
                {t(`messages.status.${s}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select
          value={filters.inboxId === null ? ALL : String(filters.inboxId)}
          onValueChange={(v) => onChange({ inboxId: v === ALL ? null : Number(v) })}
        >
          <SelectTrigger size="sm" className="w-full text-xs" aria-label={t("messages.inboxFilter")}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>{t("messages.allInboxes")}</SelectItem>
            {inboxes.map((i) => (
              <SelectItem key={i.id} value={String(i.id)}>
                {i.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={filters.label ?? ALL} onValueChange={(v) => onChange({ label: v === ALL ? null : v })}>
          <SelectTrigger size="sm" className="w-full text-xs" aria-label={t("messages.labelFilter")}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>{t("messages.allLabels")}</SelectItem>
            {labels.map((l) => (
              <SelectItem key={l.id} value={l.title}>
                {l.title}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
    </div>
  );
}
