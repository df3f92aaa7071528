"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";

export type ServiceKind = "chatwoot" | "odoo" | "n8n";
export type CheckResult = {
  ok: boolean;
  problems: { code: string; message: string }[];
  warnings: { code: string; message: string }[];
  info: Record<string, unknown>;
};
export type Integration = {
  kind: ServiceKind;
  connected: boolean;
  status: "unchecked" | "connected" | "failing" | "not_connected";
  baseUrl: string | null;
  accountId?: number;
  database?: string;
  login?: string;
  secretMask: string | null;
  lastCheckedAt: string | null;
  lastError: string | null;
  check: CheckResult | null;
  webhook?: { url: string; registered: boolean; signed: boolean; lastEventAt: string | null };
};

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
