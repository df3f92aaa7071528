"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";
import { automationApi } from "../lib/api";
import { automationKeys } from "../lib/automation-query-keys";
import type { Execution, ExecutionPage, WorkflowDetail } from "../lib/automation-types";

export const EXECUTIONS_PAGE = 20;

export function useWorkflow(tenantId: string, id: string) {
  return useQuery({
    queryKey: automationKeys.workflow(tenantId, id),
    queryFn: () =>
      fetchJson<{ workflow: WorkflowDetail }>(automationApi(tenantId).workflow(id)).then((r) => r.workflow),
  });
}

/** A workflow's runs, newest first, by n8n's cursor; `status` is n8n's own filter. */
export function useExecutions(tenantId: string, workflowId: string, status: string | null) {
  return useInfiniteQuery({
    queryKey: automationKeys.executions(tenantId, workflowId, status ?? undefined),
    queryFn: ({ pageParam }) => {
      const q = new URLSearchParams({ workflowId, limit: String(EXECUTIONS_PAGE) });
      if (status) q.set("status", status);
      if (pageParam) q.set("cursor", pageParam);
      return fetchJson<ExecutionPage>(automationApi(tenantId).executions(q));
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A run in progress finishes on its own: look again while one is on screen.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((e) => e.status === "running" || e.status === "new"))
        ? 5_000
        : false,
  });
}

/** One run with the failing node and message (the server reads them from the run data). */
export function useExecution(tenantId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: automationKeys.execution(tenantId, id),
    queryFn: () => fetchJson<{ execution: Execution }>(automationApi(tenantId).execution(id)).then((r) => r.execution),
    enabled,
    staleTime: 5 * 60_000,
  });
}
