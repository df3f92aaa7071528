"use client";
import { X } from "lucide-react";
import { useCallback, useId } from "react";
import { FilterSelect } from "@/components/filter-select";
import { SearchField } from "@/components/search-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { useDebouncedUrlText } from "@/lib/browser/use-debounced-url-text";
import type { ContactSort, ContactTagCount } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import { type ContactFilters, clearedFilters, hasFilters, type SourceFilter, sortOptions } from "../lib/filters";

const ALL = "__all";

export function ContactFiltersBar({
  filters,
  tags,
  onChange,
}: {
  filters: ContactFilters;
  tags: ContactTagCount[];
  onChange: (change: Partial<ContactFilters>) => void;
}) {
  const { t } = useI18n();
  const ids = { search: useId(), source: useId(), tag: useId(), sort: useId(), open: useId(), unpaid: useId() };
  const pushQuery = useCallback((q: string) => onChange({ q }), [onChange]);
  const [q, setQ] = useDebouncedUrlText(filters.q, pushQuery);
  // The filtered tag stays choosable even when no contact has it any more.
  const tagNames =
    tags.some((x) => x.tag === filters.tag) || !filters.tag ? tags : [{ tag: filters.tag, count: 0 }, ...tags];

  return (
    <div className="mb-4 grid gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <SearchField id={ids.search} label={t("contacts.search")} value={q} onChange={setQ} className="min-w-64" />
        <FilterSelect
          id={ids.source}
          label={t("contacts.filterSource")}
          value={filters.source === "all" ? ALL : filters.source}
          options={[
            { value: ALL, label: t("contacts.allSources") },
            { value: "hub", label: t("contacts.source.hub") },
            { value: "chatwoot", label: t("contacts.source.chatwoot") },
            { value: "odoo", label: t("contacts.source.odoo") },
          ]}
          onChange={(v) => onChange({ source: (v === ALL ? "all" : v) as SourceFilter })}
        />
        <FilterSelect
          id={ids.tag}
          label={t("contacts.filterTag")}
          value={filters.tag || ALL}
          options={[
            { value: ALL, label: t("contacts.allTags") },
            ...tagNames.map((x) => ({ value: x.tag, label: x.count ? `${x.tag} (${x.count})` : x.tag })),
          ]}
          onChange={(v) => onChange({ tag: v === ALL ? "" : v })}
        />
        <FilterSelect
          id={ids.sort}
          label={t("contacts.sort")}
          value={filters.sort}
          options={sortOptions.map((s) => ({ value: s, label: t(`contacts.sortBy.${s}`) }))}
          onChange={(v) => onChange({ sort: v as ContactSort })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <div className="flex items-center gap-2">
          <Checkbox id={ids.open} checked={filters.open} onCheckedChange={(v) => onChange({ open: v === true })} />
          <Label htmlFor={ids.open} className="font-normal">
            {t("contacts.onlyOpen")}
          </Label>
        </div>
        <div className="flex items-center gap-2">
          <Checkbox
            id={ids.unpaid}
            checked={filters.unpaid}
            onCheckedChange={(v) => onChange({ unpaid: v === true })}
          />
          <Label htmlFor={ids.unpaid} className="font-normal">
            {t("contacts.onlyUnpaid")}
          </Label>
        </div>
        {hasFilters(filters) ? (
          // The search box follows the URL, so clearing q there empties it too.
          <Button variant="ghost" size="sm" onClick={() => onChange(clearedFilters)}>
            <X aria-hidden />
            {t("contacts.clearFilters")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
