import { bodyObject, type Ctx, isRecord, json, type Reply, type Route } from "../http";
import { Rng } from "../seed/random";
import { recordSent } from "../state";
import { apiKey, notFound, paginate, workflowJson } from "./common";
import type { N8nNode, N8nWorkflow } from "./n8n-records";

const CREATE_FIELDS = ["name", "nodes", "connections", "settings"];
const SETTINGS_FIELDS = [
  "saveExecutionProgress",
  "saveManualExecutions",
  "saveDataErrorExecution",
  "saveDataSuccessExecution",
  "executionTimeout",
  "errorWorkflow",
  "timezone",
  "executionOrder",
  "callerPolicy",
  "callerIds",
  "timeSavedPerExecution",
  "availableInMCP",
];
/** Node types that can start a workflow on their own; a manual trigger cannot (n8n refuses to activate). */
const STARTERS = new Set([
  "n8n-nodes-base.webhook",
  "n8n-nodes-base.cron",
  "n8n-nodes-base.interval",
  "n8n-nodes-base.formTrigger",
]);

export function isStarter(n: N8nNode): boolean {
  if (n.disabled === true) return false;
  return STARTERS.has(n.type) || (/Trigger$/.test(n.type) && n.type !== "n8n-nodes-base.manualTrigger");
}

export function webhookKeys(w: N8nWorkflow): string[] {
  return w.nodes
    .filter((n) => n.type === "n8n-nodes-base.webhook" && n.disabled !== true)
    .map(
      (n) =>
        `${String(n.parameters.httpMethod ?? "GET").toUpperCase()} ${String(n.parameters.path ?? "").replace(/^\/+/, "")}`,
    );
}

function findWorkflow(ctx: Ctx): N8nWorkflow | undefined {
  return ctx.state.world.n8n.workflows.find((w) => w.id === ctx.params.id);
}

function list(ctx: Ctx): Reply {
  const data = ctx.state.world.n8n;
  let items = [...data.workflows].sort((a, b) => (a.id < b.id ? -1 : 1));
  const active = ctx.query.get("active");
  if (active === "true" || active === "false") items = items.filter((w) => w.active === (active === "true"));
  const tagNames = (ctx.query.get("tags") ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  if (tagNames.length > 0) {
    const ids = data.tags.filter((t) => tagNames.includes(t.name)).map((t) => t.id);
    items = items.filter((w) => w.tagIds.some((id) => ids.includes(id)));
  }
  const name = ctx.query.get("name");
  if (name) items = items.filter((w) => w.name.toLowerCase().includes(name.toLowerCase()));
  const paged = paginate(ctx, items, (w) => w.id);
  if ("status" in paged) return paged;
  return json(200, { data: paged.page.map((w) => workflowJson(w, data.tags)), nextCursor: paged.nextCursor });
}

function activate(ctx: Ctx): Reply {
  const w = findWorkflow(ctx);
  if (!w) return notFound();
  const data = ctx.state.world.n8n;
  if (!w.active) {
    if (!w.nodes.some(isStarter)) {
      return json(400, {
        message:
          "Workflow has no node to start the workflow - at least one trigger, poller or webhook node is required",
      });
    }
    const taken = new Set(data.workflows.filter((o) => o.active && o.id !== w.id).flatMap(webhookKeys));
    const clash = webhookKeys(w).find((k) => taken.has(k));
    if (clash) {
      return json(409, {
        message: `The URL path that the "Webhook" node uses is already taken (${clash}). Please either change it to something else or deactivate the workflow that uses it.`,
      });
    }
    w.active = true;
    w.updatedAt = new Date(ctx.state.now()).toISOString();
  }
  recordSent(ctx.state, {
    service: "n8n",
    kind: "workflow_activated",
    method: ctx.method,
    path: ctx.path,
    body: ctx.body,
    result: { workflowId: w.id },
  });
  return json(200, workflowJson(w, data.tags));
}

function deactivate(ctx: Ctx): Reply {
  const w = findWorkflow(ctx);
  if (!w) return notFound();
  if (w.active) {
    w.active = false;
    w.updatedAt = new Date(ctx.state.now()).toISOString();
  }
  recordSent(ctx.state, {
    service: "n8n",
    kind: "workflow_deactivated",
    method: ctx.method,
    path: ctx.path,
    body: ctx.body,
    result: { workflowId: w.id },
  });
  return json(200, workflowJson(w, ctx.state.world.n8n.tags));
}

/** n8n validates the body against its schema: exactly the four writable fields (NOTES.md "Creating a workflow"). */
function create(ctx: Ctx): Reply {
  const body = bodyObject(ctx);
  const extra = Object.keys(body).filter((k) => !CREATE_FIELDS.includes(k));
  if (extra.length > 0) return json(400, { message: "request/body must NOT have additional properties" });
  const missing = CREATE_FIELDS.find((k) => !(k in body));
  if (missing) return json(400, { message: `request/body must have required property '${missing}'` });
  if (typeof body.name !== "string") return json(400, { message: "request/body/name must be string" });
  if (!Array.isArray(body.nodes) || !body.nodes.every(isRecord))
    return json(400, { message: "request/body/nodes must be array" });
  if (!isRecord(body.connections)) return json(400, { message: "request/body/connections must be object" });
  if (!isRecord(body.settings)) return json(400, { message: "request/body/settings must be object" });
  if (Object.keys(body.settings).some((k) => !SETTINGS_FIELDS.includes(k)))
    return json(400, { message: "request/body/settings must NOT have additional properties" });
  const data = ctx.state.world.n8n;
  const rng = new Rng(ctx.state.now() + data.workflows.length);
  const stamp = new Date(ctx.state.now()).toISOString();
  const w: N8nWorkflow = {
    id: rng.alnum(16),
    name: body.name,
    active: false,
    createdAt: stamp,
    updatedAt: stamp,
    nodes: (body.nodes as Record<string, unknown>[]).map(
      (n) =>
        ({ id: rng.uuid(), position: [0, 0], parameters: {}, typeVersion: 1, name: "", type: "", ...n }) as N8nNode,
    ),
    connections: body.connections,
    settings: body.settings,
    tagIds: [],
    versionId: rng.uuid(),
  };
  data.workflows.push(w);
  recordSent(ctx.state, {
    service: "n8n",
    kind: "workflow_created",
    method: ctx.method,
    path: ctx.path,
    body: ctx.body,
    result: { workflowId: w.id },
  });
  return json(200, workflowJson(w, data.tags));
}

export const workflowRoutes: Route[] = [
  { method: "GET", path: "/api/v1/workflows", handler: apiKey(list) },
  { method: "POST", path: "/api/v1/workflows", handler: apiKey(create) },
  {
    method: "GET",
    path: "/api/v1/workflows/{id}",
    handler: apiKey((ctx) => {
      const w = findWorkflow(ctx);
      return w ? json(200, workflowJson(w, ctx.state.world.n8n.tags)) : notFound();
    }),
  },
  { method: "POST", path: "/api/v1/workflows/{id}/activate", handler: apiKey(activate) },
  { method: "POST", path: "/api/v1/workflows/{id}/deactivate", handler: apiKey(deactivate) },
];
