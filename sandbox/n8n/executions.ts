import { type Ctx, json, type Reply, type Route } from "../http";
import { runData } from "../seed/n8n";
import { recordSent } from "../state";
import { apiKey, executionJson, notFound, paginate, tagJson } from "./common";
import type { ExecutionStatus, N8nExecution } from "./n8n-records";

const FILTER_STATUSES: ExecutionStatus[] = ["canceled", "error", "running", "success", "waiting"];

function list(ctx: Ctx): Reply {
  const data = ctx.state.world.n8n;
  // Newest first (NOTES.md "Endpoints").
  let items = [...data.executions].sort((a, b) => b.id - a.id);
  const status = ctx.query.get("status");
  if (status) {
    if (!FILTER_STATUSES.includes(status as ExecutionStatus)) {
      return json(400, {
        message: `request/query/status must be equal to one of the allowed values: ${FILTER_STATUSES.join(", ")}`,
      });
    }
    items = items.filter((e) => e.status === status);
  }
  const workflowId = ctx.query.get("workflowId");
  if (workflowId) items = items.filter((e) => e.workflowId === workflowId);
  const paged = paginate(ctx, items, (e) => String(e.id));
  if ("status" in paged) return paged;
  const includeData = ctx.query.get("includeData") === "true";
  return json(200, { data: paged.page.map((e) => executionJson(e, includeData)), nextCursor: paged.nextCursor });
}

function find(ctx: Ctx): N8nExecution | undefined {
  return ctx.state.world.n8n.executions.find((e) => String(e.id) === ctx.params.id);
}

/** A retry runs the workflow again; in the sandbox it always succeeds so the UI can show recovery. */
function retry(ctx: Ctx): Reply {
  const original = find(ctx);
  if (!original) return notFound();
  if (original.status === "success") return json(409, { message: "The execution succeeded, so it cannot be retried." });
  if (original.status === "running" || original.status === "waiting" || original.status === "new") {
    return json(409, { message: "The execution is still running and cannot be retried." });
  }
  const data = ctx.state.world.n8n;
  const workflow = data.workflows.find((w) => w.id === original.workflowId);
  const start = ctx.state.now();
  const execution: N8nExecution = {
    id: data.nextExecutionId++,
    workflowId: original.workflowId,
    mode: "retry",
    status: "success",
    startedAt: new Date(start).toISOString(),
    stoppedAt: new Date(start + 850).toISOString(),
    retryOf: original.id,
    retrySuccessId: null,
    data: workflow ? runData(workflow, null, start) : {},
  };
  data.executions.push(execution);
  original.retrySuccessId = execution.id;
  recordSent(ctx.state, {
    service: "n8n",
    kind: "execution_retried",
    method: ctx.method,
    path: ctx.path,
    body: ctx.body,
    result: { executionId: String(original.id), newExecutionId: String(execution.id) },
  });
  return json(200, executionJson(execution, false));
}

export const executionRoutes: Route[] = [
  { method: "GET", path: "/api/v1/executions", handler: apiKey(list) },
  {
    method: "GET",
    path: "/api/v1/executions/{id}",
    handler: apiKey((ctx) => {
      const e = find(ctx);
      return e ? json(200, executionJson(e, ctx.query.get("includeData") === "true")) : notFound();
    }),
  },
  { method: "POST", path: "/api/v1/executions/{id}/retry", handler: apiKey(retry) },
  {
    method: "GET",
    path: "/api/v1/tags",
    handler: apiKey((ctx) => {
      const tags = [...ctx.state.world.n8n.tags].sort((a, b) => (a.id < b.id ? -1 : 1));
      const paged = paginate(ctx, tags, (t) => t.id);
      if ("status" in paged) return paged;
      return json(200, { data: paged.page.map(tagJson), nextCursor: paged.nextCursor });
    }),
  },
];
