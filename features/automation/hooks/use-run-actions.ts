"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";
import { automationApi } from "../lib/api";
import { automationKeys } from "../lib/automation-query-keys";
import type { Execution, RunResult } from "../lib/automation-types";

/** Run a webhook workflow with a body, and retry a failed run; both refresh the runs and the stats. */
export function useRunActions(tenantId: string, workflowId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: automationKeys.executionsOf(tenantId, workflowId) }),
      queryClient.invalidateQueries({ queryKey: automationKeys.stats(tenantId) }),
    ]);
  const api = automationApi(tenantId);
  return {
    run: useMutation({
      mutationFn: (body: unknown) => fetchJson<RunResult>(api.run(workflowId), { method: "POST", json: { body } }),
      onSuccess: refresh,
    }),
    retry: useMutation({
      mutationFn: (executionId: string) =>
        fetchJson<{ execution: Execution }>(api.retry(executionId), { method: "POST" }).then((r) => r.execution),
      onSuccess: (_, executionId) => {
        void queryClient.invalidateQueries({ queryKey: automationKeys.execution(tenantId, executionId) });
        return refresh();
      },
    }),
  };
}
