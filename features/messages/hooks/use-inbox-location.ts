"use client";
// Which conversation is open and which filters apply, read from the URL: /{slug}/messages/{id}?status=….
// Choosing a conversation or a filter rewrites the URL with the History API, which Next's router
// follows (usePathname/useSearchParams update) without a server round trip.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { filtersToSearch, type ListFilters, parseFilters } from "../lib/filters";

export function conversationIdFromPath(pathname: string, slug: string): number | null {
  const m = new RegExp(`^/${slug.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/messages/(\\d{1,12})/?$`).exec(pathname);
  return m ? Number(m[1]) : null;
}

export function useInboxLocation(slug: string) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  // Parsed once per distinct query string, so the object is stable for cache keys and effects.
  const filters = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const selectedId = conversationIdFromPath(pathname, slug);

  const open = useCallback(
    (id: number | null, opts: { replace?: boolean } = {}) => {
      const path = id === null ? `/${slug}/messages` : `/${slug}/messages/${id}`;
      const url = `${path}${filtersToSearch(filters)}`;
      if (opts.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [slug, filters],
  );

  const setFilters = useCallback(
    (next: Partial<ListFilters>) => {
      const merged = { ...filters, ...next };
      window.history.replaceState(null, "", `${window.location.pathname}${filtersToSearch(merged)}`);
    },
    [filters],
  );

  return { filters, selectedId, open, setFilters };
}
