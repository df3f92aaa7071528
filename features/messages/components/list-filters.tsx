"use client";
import { Search } from "lucide-react";
import { useCallback, useId } from "react";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useDebouncedUrlText } from "@/lib/browser/use-debounced-url-text";
import { formatInteger } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { ConversationCounts, Inbox, Label } from "@/lib/integrations/chatwoot/chatwoot-models";
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
  const pushQuery = useCallback((q: string) => onChange({ q }), [onChange]);
  const [q, setQ] = useDebouncedUrlText(filters.q, pushQuery);

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
        <NativeSelect
          value={filters.status}
          onChange={(e) => onChange({ status: e.target.value as ListFilters["status"] })}
          aria-label={t("messages.statusFilter")}
          data-testid="status-filter"
        >
          {statusFilters.map((s) => (
            <option key={s} value={s}>
              {t(`messages.status.${s}`)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          value={filters.inboxId === null ? ALL : String(filters.inboxId)}
          onChange={(e) => onChange({ inboxId: e.target.value === ALL ? null : Number(e.target.value) })}
          aria-label={t("messages.inboxFilter")}
        >
          <option value={ALL}>{t("messages.allInboxes")}</option>
          {inboxes.map((i) => (
            <option key={i.id} value={String(i.id)}>
              {i.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          value={filters.label ?? ALL}
          onChange={(e) => onChange({ label: e.target.value === ALL ? null : e.target.value })}
          aria-label={t("messages.labelFilter")}
        >
          <option value={ALL}>{t("messages.allLabels")}</option>
          {labels.map((l) => (
            <option key={l.id} value={l.title}>
              {l.title}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );
}
