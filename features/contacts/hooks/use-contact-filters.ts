"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type ContactFilters, filtersToSearch, nextFilters, parseFilters } from "../lib/filters";

/**
 * The list's filters, read from and written to the URL. Paging pushes a history entry (back returns
 * to the previous page of results); filtering replaces it, as typing a search is not navigation.
 */
export function useContactFilters() {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search.toString())), [search]);
  const setFilters = useCallback(
    (change: Partial<ContactFilters>) => {
      const qs = filtersToSearch(nextFilters(filters, change)).toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (change.page !== undefined) router.push(url, { scroll: true });
      else router.replace(url, { scroll: false });
    },
    [filters, pathname, router],
  );
  return { filters, setFilters };
}
