"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";
import { automationApi } from "../lib/api";
import { automationKeys } from "../lib/automation-query-keys";
import type { Stats, Tag, WorkflowPage } from "../lib/automation-types";
import { type WorkflowQuery, workflowQueryParams } from "../lib/filters";

/** The workflows n8n filters by name, active and tag, a page of 100 at a time by n8n's cursor. */
export function useWorkflows(tenantId: string, q: WorkflowQuery) {
  return useInfiniteQuery({
    queryKey: automationKeys.workflows(tenantId, q),
    queryFn: ({ pageParam }) =>
      fetchJson<WorkflowPage>(automationApi(tenantId).workflows(workflowQueryParams(q, pageParam ?? undefined))),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Last run, 7-day success rate and runs per day of every workflow (one request, computed by the server). */
export function useWorkflowStats(tenantId: string) {
  return useQuery({
    queryKey: automationKeys.stats(tenantId),
    queryFn: () => fetchJson<Stats>(automationApi(tenantId).stats()),
    // Runs keep coming in while the tab is open.
    refetchInterval: 60_000,
  });
}

export function useTags(tenantId: string) {
  return useQuery({
    queryKey: automationKeys.tags(tenantId),
    queryFn: () => fetchJson<{ tags: Tag[] }>(automationApi(tenantId).tags()).then((r) => r.tags),
    staleTime: 5 * 60_000,
  });
}
