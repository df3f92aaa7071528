"use client";
import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";
import { automationApi } from "../lib/api";
import { automationKeys } from "../lib/automation-query-keys";
import type { WorkflowDetail, WorkflowPage, WorkflowSummary } from "../lib/automation-types";

/** Activate or deactivate; the answer (n8n's own view of the workflow) is written into every cached list. */
export function useSetActive(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => {
      const api = automationApi(tenantId);
      return fetchJson<{ workflow: WorkflowSummary }>(active ? api.activate(id) : api.deactivate(id), {
        method: "POST",
      }).then((r) => r.workflow);
    },
    onSuccess: (workflow) => {
      queryClient.setQueriesData<InfiniteData<WorkflowPage>>(
        { queryKey: automationKeys.workflowsPrefix(tenantId) },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((p) => ({
              ...p,
              items: p.items.map((w) => (w.id === workflow.id ? { ...w, active: workflow.active } : w)),
            })),
          },
      );
      queryClient.setQueryData<WorkflowDetail>(
        automationKeys.workflow(tenantId, workflow.id),
        (w) => w && { ...w, active: workflow.active },
      );
      // A filter on "active" may no longer match: refetch the lists in the background.
      void queryClient.invalidateQueries({ queryKey: automationKeys.workflowsPrefix(tenantId) });
    },
  });
}
