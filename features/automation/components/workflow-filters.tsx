"use client";
import { X } from "lucide-react";
import { useCallback, useId } from "react";
import { FilterSelect } from "@/components/filter-select";
import { SearchField } from "@/components/search-field";
import { Button } from "@/components/ui/button";
import { useDebouncedUrlText } from "@/lib/browser/use-debounced-url-text";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";
import type { Tag } from "../lib/automation-types";
import {
  type ActiveFilter,
  activeFilters,
  hasFilters,
  type OutcomeFilter,
  outcomeFilters,
  type WorkflowFilters,
} from "../lib/filters";

const ALL_TAGS = "__all";
const activeLabel: Record<ActiveFilter, MessageKey> = {
  all: "automation.all",
  active: "automation.activeOnly",
  inactive: "automation.inactiveOnly",
};
const outcomeLabel: Record<OutcomeFilter, MessageKey> = {
  all: "automation.all",
  success: "automation.outcomeSuccess",
  error: "automation.outcomeError",
  none: "automation.outcomeNone",
};

export function WorkflowFiltersBar({
  filters,
  tags,
  onChange,
}: {
  filters: WorkflowFilters;
  tags: Tag[];
  onChange: (next: Partial<WorkflowFilters>) => void;
}) {
  const { t } = useI18n();
  const ids = { search: useId(), active: useId(), tag: useId(), outcome: useId() };
  const pushQuery = useCallback((q: string) => onChange({ q }), [onChange]);
  const [q, setQ] = useDebouncedUrlText(filters.q, pushQuery);

  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <SearchField id={ids.search} label={t("automation.search")} value={q} onChange={setQ} className="min-w-56" />
      <FilterSelect
        id={ids.active}
        label={t("automation.filterActive")}
        value={filters.active}
        options={activeFilters.map((v) => ({ value: v, label: t(activeLabel[v]) }))}
        onChange={(v) => onChange({ active: v as ActiveFilter })}
      />
      <FilterSelect
        id={ids.tag}
        label={t("automation.filterTag")}
        value={filters.tag || ALL_TAGS}
        options={[
          { value: ALL_TAGS, label: t("automation.allTags") },
          ...tags.map((tag) => ({ value: tag.name, label: tag.name })),
        ]}
        onChange={(v) => onChange({ tag: v === ALL_TAGS ? "" : v })}
      />
      <FilterSelect
        id={ids.outcome}
        label={t("automation.filterOutcome")}
        value={filters.outcome}
        options={outcomeFilters.map((v) => ({ value: v, label: t(outcomeLabel[v]) }))}
        onChange={(v) => onChange({ outcome: v as OutcomeFilter })}
      />
      {hasFilters(filters) ? (
        <Button
          variant="ghost"
          size="sm"
          // The search box follows the URL, so clearing q there empties it too.
          onClick={() => onChange({ q: "", active: "all", tag: "", outcome: "all" })}
        >
          <X aria-hidden />
          {t("automation.clearFilters")}
        </Button>
      ) : null}
    </div>
  );
}
