import type { WorkflowQuery } from "./filters";

export const automationKeys = {
  all: (tenantId: string) => ["automation", tenantId] as const,
  workflows: (tenantId: string, q?: WorkflowQuery) => [...automationKeys.all(tenantId), "workflows", q ?? {}] as const,
  workflowsPrefix: (tenantId: string) => [...automationKeys.all(tenantId), "workflows"] as const,
  stats: (tenantId: string) => [...automationKeys.all(tenantId), "stats"] as const,
  tags: (tenantId: string) => [...automationKeys.all(tenantId), "tags"] as const,
  workflow: (tenantId: string, id: string) => [...automationKeys.all(tenantId), "workflow", id] as const,
  executions: (tenantId: string, workflowId: string, status?: string) =>
    [...automationKeys.all(tenantId), "executions", workflowId, status ?? "all"] as const,
  executionsOf: (tenantId: string, workflowId: string) =>
    [...automationKeys.all(tenantId), "executions", workflowId] as const,
  execution: (tenantId: string, id: string) => [...automationKeys.all(tenantId), "execution", id] as const,
  templates: (tenantId: string) => [...automationKeys.all(tenantId), "templates"] as const,
};
