"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";

import type { IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import type { CheckResult, IntegrationView } from "@/lib/integrations/store/integration-view";

// The API's own types: the page shows exactly what GET /api/tenants/{id}/integrations answers.
export type ServiceKind = IntegrationKind;
export type Integration = IntegrationView;
export type { CheckResult };

export const integrationsKey = (tenantId: string) => ["tenants", tenantId, "integrations"] as const;

export function useIntegrations(tenantId: string) {
  return useQuery({
    queryKey: integrationsKey(tenantId),
    queryFn: () => fetchJson<{ data: Integration[] }>(`/api/tenants/${tenantId}/integrations`).then((r) => r.data),
  });
}

export function useIntegrationMutations(tenantId: string, kind: ServiceKind) {
  const queryClient = useQueryClient();
  const url = `/api/tenants/${tenantId}/integrations/${kind}`;
  const onSettled = () => queryClient.invalidateQueries({ queryKey: integrationsKey(tenantId) });
  return {
    test: useMutation({
      mutationFn: (input: Record<string, unknown>) =>
        fetchJson<{ check: CheckResult }>(`${url}/check`, { method: "POST", json: input }).then((r) => r.check),
    }),
    save: useMutation({
      mutationFn: (input: Record<string, unknown>) =>
        fetchJson<{ integration: Integration; check: CheckResult }>(url, { method: "PUT", json: input }),
      onSettled,
    }),
    disconnect: useMutation({ mutationFn: () => fetchJson(url, { method: "DELETE" }), onSettled }),
  };
}
