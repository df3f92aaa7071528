import { toIso } from "../time";
import type { Execution, Tag, Workflow, WorkflowSummary } from "./n8n-models";
import type { N8nExecutionRaw, N8nTagRaw, N8nWorkflowRaw } from "./n8n-payloads";

export const toTag = (t: N8nTagRaw): Tag => ({ id: t.id, name: t.name });

const isTrigger = (type: string) =>
  type === "n8n-nodes-base.webhook" || type === "n8n-nodes-base.cron" || /trigger$/i.test(type);

export function toWorkflowSummary(w: N8nWorkflowRaw): WorkflowSummary {
  const nodes = (w.nodes ?? []).filter((n) => n.disabled !== true);
  return {
    id: w.id,
    name: w.name,
    active: w.active,
    archived: w.isArchived === true,
    createdAt: toIso(w.createdAt),
    updatedAt: toIso(w.updatedAt),
    tags: (w.tags ?? []).map(toTag),
    nodeCount: w.nodes?.length ?? 0,
    triggerTypes: [...new Set(nodes.map((n) => n.type).filter(isTrigger))],
    webhooks: nodes
      .filter((n) => n.type === "n8n-nodes-base.webhook" && typeof n.parameters?.path === "string")
      .map((n) => ({
        // n8n's Webhook node defaults to GET.
        method: String(n.parameters?.httpMethod ?? "GET").toUpperCase(),
        path: String(n.parameters?.path).replace(/^\/+/, ""),
      })),
  };
}

export function toWorkflow(w: N8nWorkflowRaw): Workflow {
  return {
    ...toWorkflowSummary(w),
    nodes: (w.nodes ?? []).map((n) => ({
      id: n.id ?? null,
      name: n.name,
      type: n.type,
      disabled: n.disabled === true,
    })),
    connections: w.connections ?? {},
    settings: w.settings ?? {},
  };
}

export function durationMs(startedAt: unknown, stoppedAt: unknown): number | null {
  const start = toIso(startedAt);
  const stop = toIso(stoppedAt);
  if (!start || !stop) return null;
  const d = Date.parse(stop) - Date.parse(start);
  return d >= 0 ? d : null;
}

/** `data.resultData.error` of n8n's IRunExecutionData, when present. */
function runError(data: unknown): Execution["error"] {
  if (!data || typeof data !== "object") return null;
  const result = (data as { resultData?: { error?: { message?: unknown; node?: { name?: unknown } } } }).resultData;
  const err = result?.error;
  if (!err || typeof err.message !== "string") return null;
  return { message: err.message, node: typeof err.node?.name === "string" ? err.node.name : null };
}

export function toExecution(e: N8nExecutionRaw): Execution {
  return {
    id: e.id,
    workflowId: e.workflowId ?? null,
    status: e.status ?? "unknown",
    mode: e.mode ?? null,
    finished: e.finished === true,
    startedAt: toIso(e.startedAt),
    stoppedAt: toIso(e.stoppedAt),
    durationMs: durationMs(e.startedAt, e.stoppedAt),
    retryOf: e.retryOf ?? null,
    retrySuccessId: e.retrySuccessId ?? null,
    error: runError(e.data),
    ...(e.data !== undefined ? { data: e.data } : {}),
  };
}
