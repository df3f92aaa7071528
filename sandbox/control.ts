import { injectInbound } from "./chatwoot/inbound";
import { validateFault } from "./faults";
import { bodyObject, type Ctx, json, Router } from "./http";
import { createWorld } from "./seed/index";
import { clearTimers, type SandboxState } from "./state";

export const CREDENTIALS = {
  chatwoot: {
    prefix: "/chatwoot",
    accountId: 1,
    token: "sandbox-chatwoot-token",
    agentToken: "sandbox-chatwoot-agent-token",
  },
  odoo: { prefix: "/odoo", database: "demo", login: "admin", apiKey: "sandbox-odoo-key" },
  n8n: { prefix: "/n8n", apiKey: "sandbox-n8n-key" },
};

export function resetState(state: SandboxState, keepWebhooks: boolean): void {
  clearTimers(state);
  state.world = createWorld(state.now(), state.scale);
  state.faults = [];
  state.sent = [];
  state.deliveries = [];
  state.config = { ...state.defaults };
  if (!keepWebhooks) {
    state.webhooks = [];
    state.nextWebhookId = 1;
  }
}

function inbound(ctx: Ctx) {
  const b = bodyObject(ctx);
  if (typeof b.content !== "string" || b.content === "") return json(400, { error: "content is required" });
  const conversationId =
    b.conversationId === undefined || b.conversationId === null ? undefined : Number(b.conversationId);
  if (conversationId !== undefined && !Number.isInteger(conversationId))
    return json(400, { error: "conversationId must be an integer" });
  const result = injectInbound(ctx.state, {
    phone: typeof b.phone === "string" ? b.phone : undefined,
    name: typeof b.name === "string" ? b.name : undefined,
    content: b.content,
    conversationId,
  });
  return "error" in result ? json(result.status, { error: result.error }) : json(201, result);
}

export const controlRouter = new Router([
  {
    method: "GET",
    path: "/",
    handler: (ctx) =>
      json(200, {
        services: CREDENTIALS,
        config: ctx.state.config,
        scale: ctx.state.scale,
        seededAt: new Date(ctx.state.world.seededAt).toISOString(),
      }),
  },
  { method: "POST", path: "/inbound", handler: inbound },
  {
    method: "GET",
    path: "/sent",
    handler: (ctx) => {
      const service = ctx.query.get("service");
      const kind = ctx.query.get("kind");
      return json(
        200,
        ctx.state.sent.filter((e) => (!service || e.service === service) && (!kind || e.kind === kind)),
      );
    },
  },
  {
    method: "DELETE",
    path: "/sent",
    handler: (ctx) => {
      ctx.state.sent = [];
      return json(200, { ok: true });
    },
  },
  {
    method: "POST",
    path: "/reset",
    handler: (ctx) => {
      resetState(ctx.state, bodyObject(ctx).keepWebhooks !== false);
      return json(200, { ok: true, seededAt: new Date(ctx.state.world.seededAt).toISOString() });
    },
  },
  { method: "GET", path: "/faults", handler: (ctx) => json(200, ctx.state.faults) },
  {
    method: "PUT",
    path: "/faults",
    handler: (ctx) => {
      const fault = validateFault(bodyObject(ctx));
      if (typeof fault === "string") return json(400, { error: fault });
      // One fault per service and route: setting it again replaces it.
      ctx.state.faults = ctx.state.faults.filter((f) => !(f.service === fault.service && f.route === fault.route));
      ctx.state.faults.push(fault);
      return json(200, { faults: ctx.state.faults });
    },
  },
  {
    method: "DELETE",
    path: "/faults",
    handler: (ctx) => {
      const service = ctx.query.get("service");
      ctx.state.faults = service ? ctx.state.faults.filter((f) => f.service !== service) : [];
      return json(200, { faults: ctx.state.faults });
    },
  },
  { method: "GET", path: "/config", handler: (ctx) => json(200, ctx.state.config) },
  {
    method: "PUT",
    path: "/config",
    handler: (ctx) => {
      const b = bodyObject(ctx);
      if (b.odooVersion !== undefined) {
        const v = Number(b.odooVersion);
        if (v !== 17 && v !== 18 && v !== 19) return json(400, { error: "odooVersion must be 17, 18 or 19" });
        ctx.state.config.odooVersion = v;
      }
      if (b.duplicateWebhooks !== undefined) {
        if (typeof b.duplicateWebhooks !== "boolean")
          return json(400, { error: "duplicateWebhooks must be a boolean" });
        ctx.state.config.duplicateWebhooks = b.duplicateWebhooks;
      }
      return json(200, ctx.state.config);
    },
  },
  { method: "GET", path: "/deliveries", handler: (ctx) => json(200, ctx.state.deliveries) },
]);
