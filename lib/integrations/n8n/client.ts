import type { z } from "@/lib/validation";
import { normalizeBaseUrl } from "../base-url";
import type { ClientOptions } from "../http/client-options";
import { type HttpMethod, upstreamRequest, upstreamText } from "../http/request";
import { fillPath, type QueryValue, withQuery } from "../http/route";
import { UpstreamError } from "../upstream-error";
import type { Execution, Page, Tag, Workflow, WorkflowSummary } from "./n8n-models";
import * as s from "./n8n-payloads";
import { N8N_API_PREFIX, type N8nRoute, n8nRoutes, n8nWebhookRoute } from "./routes";
import * as t from "./transform";

export interface N8nConnection {
  baseUrl: string;
  apiKey: string;
}

/** The scope each call needs since n8n 2.14 (NOTES.md "Auth"), to name it when n8n answers 403. */
export const n8nScopes: Record<N8nRoute, string> = {
  workflows: "workflow:list",
  createWorkflow: "workflow:create",
  workflow: "workflow:read",
  activate: "workflow:activate",
  deactivate: "workflow:deactivate",
  executions: "execution:list",
  execution: "execution:read",
  retryExecution: "execution:retry",
  tags: "tag:list",
};

function n8nError(route: N8nRoute) {
  return (status: number, body: unknown): UpstreamError | undefined => {
    const upstreamMessage = upstreamText(body);
    const opts = { upstreamStatus: status, upstreamMessage };
    if (status === 403) {
      const scope = n8nScopes[route];
      return new UpstreamError("upstream_forbidden", "n8n", {
        ...opts,
        reason: "n8n_missing_scope",
        values: { scope },
      });
    }
    if (route === "activate" && status === 400) {
      return new UpstreamError("unprocessable", "n8n", {
        ...opts,
        reason: "n8n_no_trigger",
      });
    }
    if (route === "activate" && status === 409) {
      return new UpstreamError("conflict", "n8n", {
        ...opts,
        reason: "n8n_webhook_path_taken",
      });
    }
    if (route === "retryExecution" && status === 409) {
      return new UpstreamError("conflict", "n8n", {
        ...opts,
        reason: "n8n_retry_not_failed",
      });
    }
    return undefined;
  };
}

/** n8n's public API for one instance. Paging is by opaque cursor. */
export function createN8nClient(conn: N8nConnection, opts: ClientOptions = {}) {
  // Accept a base URL pasted with the API prefix; the webhooks live outside it.
  const root = normalizeBaseUrl(conn.baseUrl).replace(new RegExp(`${N8N_API_PREFIX}$`), "");

  function call<T>(
    route: N8nRoute,
    schema: z.ZodType<T>,
    req: { params?: Record<string, string>; query?: Record<string, QueryValue>; body?: unknown } = {},
  ): Promise<T> {
    const r = n8nRoutes[route];
    return upstreamRequest({
      service: "n8n",
      operation: route,
      tenantId: opts.tenantId,
      url: withQuery(`${root}${fillPath(r.path, req.params ?? {})}`, req.query),
      method: r.method,
      headers: { "X-N8N-API-KEY": conn.apiKey },
      body: req.body,
      schema,
      timeoutMs: opts.timeoutMs,
      retries: opts.retries,
      backoff: opts.backoff,
      maxBytes: opts.maxBytes,
      mapError: n8nError(route),
    });
  }

  return {
    async listWorkflows(
      q: { active?: boolean; tags?: string[]; name?: string; cursor?: string; limit?: number } = {},
    ): Promise<Page<WorkflowSummary>> {
      const res = await call("workflows", s.n8nWorkflowPage, {
        query: {
          active: q.active,
          tags: q.tags?.join(","),
          name: q.name,
          cursor: q.cursor,
          limit: q.limit,
          // Pinned test data can be megabytes per workflow and the list never shows it.
          excludePinnedData: true,
        },
      });
      return { items: res.data.map(t.toWorkflowSummary), nextCursor: res.nextCursor ?? null };
    },

    async getWorkflow(id: string): Promise<Workflow> {
      return t.toWorkflow(
        await call("workflow", s.n8nWorkflow, { params: { id }, query: { excludePinnedData: true } }),
      );
    },

    async activateWorkflow(id: string): Promise<WorkflowSummary> {
      return t.toWorkflowSummary(await call("activate", s.n8nWorkflow, { params: { id } }));
    },

    async deactivateWorkflow(id: string): Promise<WorkflowSummary> {
      return t.toWorkflowSummary(await call("deactivate", s.n8nWorkflow, { params: { id } }));
    },

    /** Sends exactly the four writable fields: n8n refuses read-only extras such as id or active. */
    async createWorkflow(w: {
      name: string;
      nodes: Record<string, unknown>[];
      connections: Record<string, unknown>;
      settings?: Record<string, unknown>;
    }): Promise<Workflow> {
      const body = { name: w.name, nodes: w.nodes, connections: w.connections, settings: w.settings ?? {} };
      return t.toWorkflow(await call("createWorkflow", s.n8nWorkflow, { body }));
    },

    async listExecutions(
      q: { status?: string; workflowId?: string; cursor?: string; limit?: number; includeData?: boolean } = {},
    ): Promise<Page<Execution>> {
      const res = await call("executions", s.n8nExecutionPage, {
        query: {
          status: q.status,
          workflowId: q.workflowId,
          cursor: q.cursor,
          limit: q.limit,
          includeData: q.includeData ?? false,
        },
      });
      return { items: res.data.map(t.toExecution), nextCursor: res.nextCursor ?? null };
    },

    async getExecution(id: string, q: { includeData?: boolean } = {}): Promise<Execution> {
      const query = { includeData: q.includeData ?? false };
      return t.toExecution(await call("execution", s.n8nExecution, { params: { id }, query }));
    },

    /** Never retried: each call starts a new run. */
    async retryExecution(id: string): Promise<Execution> {
      return t.toExecution(await call("retryExecution", s.n8nExecution, { params: { id } }));
    },

    async listTags(q: { cursor?: string; limit?: number } = {}): Promise<Page<Tag>> {
      const res = await call("tags", s.n8nTagPage, { query: q });
      return { items: res.data.map(t.toTag), nextCursor: res.nextCursor ?? null };
    },

    /**
     * Starts an active workflow through its production webhook. Never retried, GET included: every
     * delivery starts a run. Answers whatever the flow responds (JSON or text).
     */
    async callWebhook(path: string, req: { method?: HttpMethod; body?: unknown } = {}): Promise<unknown> {
      const segments = path.replace(/^\/+|\/+$/g, "").split("/");
      if (segments.some((seg) => seg === "" || seg === "." || seg === "..")) {
        throw new UpstreamError("upstream_not_found", "n8n", { reason: "n8n_webhook_path_invalid" });
      }
      const url = `${root}${n8nWebhookRoute.path.replace("{path}", segments.map(encodeURIComponent).join("/"))}`;
      const method = req.method ?? "POST";
      return upstreamRequest({
        service: "n8n",
        operation: "webhook",
        tenantId: opts.tenantId,
        url: method === "GET" ? withQuery(url, toQuery(req.body)) : url,
        method,
        body: method === "GET" ? undefined : req.body,
        accept: "any",
        retries: 0,
        timeoutMs: opts.timeoutMs,
        maxBytes: opts.maxBytes,
      });
    },
  };
}

function toQuery(body: unknown): Record<string, QueryValue> {
  if (!body || typeof body !== "object") return {};
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : v]));
}

export type N8nClient = ReturnType<typeof createN8nClient>;
