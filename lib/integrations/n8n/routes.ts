import type { RouteTemplate } from "../http/route";

/** The n8n public API prefix; its OpenAPI paths are written relative to it. */
export const N8N_API_PREFIX = "/api/v1";

/** Every n8n endpoint the Hub calls (openapi.yml / NOTES.md), relative to the instance's base URL. */
export const n8nRoutes = {
  workflows: { method: "GET", path: "/api/v1/workflows" },
  createWorkflow: { method: "POST", path: "/api/v1/workflows" },
  workflow: { method: "GET", path: "/api/v1/workflows/{id}" },
  activate: { method: "POST", path: "/api/v1/workflows/{id}/activate" },
  deactivate: { method: "POST", path: "/api/v1/workflows/{id}/deactivate" },
  executions: { method: "GET", path: "/api/v1/executions" },
  execution: { method: "GET", path: "/api/v1/executions/{id}" },
  retryExecution: { method: "POST", path: "/api/v1/executions/{id}/retry" },
  tags: { method: "GET", path: "/api/v1/tags" },
} as const satisfies Record<string, RouteTemplate>;

/** Production webhook trigger (NOTES.md "Endpoints"): any method, outside the API prefix. */
export const n8nWebhookRoute = { path: "/webhook/{path}" } as const;

export type N8nRoute = keyof typeof n8nRoutes;
