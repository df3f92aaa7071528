"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";
import { automationApi } from "../lib/api";
import { automationKeys } from "../lib/automation-query-keys";
import type { TemplateSummary, WorkflowDetail } from "../lib/automation-types";

export function useTemplates(tenantId: string, enabled: boolean) {
  return useQuery({
    queryKey: automationKeys.templates(tenantId),
    queryFn: () =>
      fetchJson<{ templates: TemplateSummary[] }>(automationApi(tenantId).templates()).then((r) => r.templates),
    enabled,
  });
}

export function useImportTemplate(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      fetchJson<{ workflow: WorkflowDetail }>(automationApi(tenantId).importTemplate(id), { method: "POST" }).then(
        (r) => r.workflow,
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: automationKeys.templates(tenantId) }),
        queryClient.invalidateQueries({ queryKey: automationKeys.workflowsPrefix(tenantId) }),
      ]),
  });
}
