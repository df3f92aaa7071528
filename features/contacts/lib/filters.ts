import type { ContactSort, ContactSource } from "@/lib/contacts/contact-types";

// The list's state lives in the URL (?q=&source=&tag=&open=1&unpaid=1&sort=&page=) so a filtered
// view survives a reload and the back button, and the same query string feeds the API and the export.

export const sourceFilters = ["all", "hub", "chatwoot", "odoo"] as const;
export const sortOptions = ["name", "recent", "created"] as const satisfies readonly ContactSort[];
export type SourceFilter = "all" | ContactSource;

export type ContactFilters = {
  q: string;
  source: SourceFilter;
  tag: string;
  open: boolean;
  unpaid: boolean;
  sort: ContactSort;
  page: number;
};

export const defaultFilters: ContactFilters = {
  q: "",
  source: "all",
  tag: "",
  open: false,
  unpaid: false,
  sort: "name",
  page: 1,
};

const oneOf = <T extends string>(list: readonly T[], v: string | null, fallback: T): T =>
  (list as readonly string[]).includes(v ?? "") ? (v as T) : fallback;

export function parseFilters(search: URLSearchParams): ContactFilters {
  const page = Number.parseInt(search.get("page") ?? "", 10);
  return {
    q: (search.get("q") ?? "").slice(0, 128),
    source: oneOf(sourceFilters, search.get("source"), "all"),
    tag: (search.get("tag") ?? "").slice(0, 60),
    open: search.get("open") === "1",
    unpaid: search.get("unpaid") === "1",
    sort: oneOf(sortOptions, search.get("sort"), "name"),
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 10_000) : 1,
  };
}

/** The page's query string: only what differs from the defaults. */
export function filtersToSearch(f: ContactFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.q.trim()) out.set("q", f.q.trim());
  if (f.source !== "all") out.set("source", f.source);
  if (f.tag) out.set("tag", f.tag);
  if (f.open) out.set("open", "1");
  if (f.unpaid) out.set("unpaid", "1");
  if (f.sort !== "name") out.set("sort", f.sort);
  if (f.page > 1) out.set("page", String(f.page));
  return out;
}

/** A new filter is a new result set: anything but a page change goes back to page 1. */
export function nextFilters(current: ContactFilters, change: Partial<ContactFilters>): ContactFilters {
  return { ...current, ...change, page: change.page ?? 1 };
}

/** The list request's parameters, also the cache key; the export takes the same minus the page. */
export type ContactQuery = Record<string, string>;

export function contactQuery(f: ContactFilters): ContactQuery {
  const params = filtersToSearch(f);
  params.set("page", String(f.page));
  if (f.sort === "name") params.set("sort", "name");
  return Object.fromEntries(params);
}

export function exportQuery(f: ContactFilters): URLSearchParams {
  const params = filtersToSearch(f);
  params.delete("page");
  return params;
}

export const hasFilters = (f: ContactFilters) =>
  f.q.trim() !== "" || f.source !== "all" || f.tag !== "" || f.open || f.unpaid;

/** What "Quitar filtros" changes: the sort order is a preference, not a filter, so it stays. */
export const clearedFilters: Partial<ContactFilters> = { q: "", source: "all", tag: "", open: false, unpaid: false };
