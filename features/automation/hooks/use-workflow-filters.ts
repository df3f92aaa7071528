"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { filtersToSearch, parseFilters, type WorkflowFilters } from "../lib/filters";

/** The list's filters, read from and written to the URL (replace: filtering is not navigation). */
export function useWorkflowFilters() {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search.toString())), [search]);
  const setFilters = useCallback(
    (next: Partial<WorkflowFilters>) => {
      const qs = filtersToSearch({ ...filters, ...next }).toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [filters, pathname, router],
  );
  return { filters, setFilters };
}
