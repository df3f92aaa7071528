import { type Ctx, json, type Reply } from "../http";
import { runData } from "../seed/n8n";
import { recordSent } from "../state";
import { webhookKeys } from "./workflows";

const NOT_ACTIVE_HINT =
  "The workflow must be active for a production URL to run successfully. You can activate the workflow using the toggle in the top-right of the editor. Note that unlike test URL calls, production URL calls aren't shown on the canvas (only in the executions list)";

/** `/webhook/<path>`: starts the active workflow whose Webhook node has that path and method. */
export function n8nWebhook(ctx: Ctx): Reply {
  const test = ctx.path.startsWith("/webhook-test/");
  const hookPath = decodeURIComponent(ctx.path.slice(test ? "/webhook-test/".length : "/webhook/".length)).replace(
    /\/+$/,
    "",
  );
  const data = ctx.state.world.n8n;
  if (test) {
    return json(404, {
      code: 404,
      message: `The requested webhook "${hookPath}" is not registered.`,
      hint: "Click the 'Execute workflow' button on the canvas, then try again. (In test mode, the webhook only works for one call after you click this button)",
    });
  }
  const key = `${ctx.method} ${hookPath}`;
  const workflow = data.workflows.find((w) => w.active && webhookKeys(w).includes(key));
  if (!workflow) {
    const other = data.workflows.find((w) => w.active && webhookKeys(w).some((k) => k.endsWith(` ${hookPath}`)));
    if (other) {
      const method = webhookKeys(other)
        .find((k) => k.endsWith(` ${hookPath}`))
        ?.split(" ")[0];
      return json(404, {
        code: 404,
        message: `This webhook is not registered for ${ctx.method} requests. Did you mean to make a ${method} request?`,
      });
    }
    return json(404, {
      code: 404,
      message: `The requested webhook "${ctx.method} ${hookPath}" is not registered.`,
      hint: NOT_ACTIVE_HINT,
    });
  }
  const start = ctx.state.now();
  const id = data.nextExecutionId++;
  data.executions.push({
    id,
    workflowId: workflow.id,
    mode: "webhook",
    status: "success",
    startedAt: new Date(start).toISOString(),
    stoppedAt: new Date(start + 420).toISOString(),
    retryOf: null,
    retrySuccessId: null,
    data: {
      ...runData(workflow, null, start),
      webhookRequest: { method: ctx.method, query: Object.fromEntries(ctx.query), body: ctx.body ?? null },
    },
  });
  recordSent(ctx.state, {
    service: "n8n",
    kind: "webhook_called",
    method: ctx.method,
    path: ctx.path,
    body: ctx.body ?? null,
    result: { workflowId: workflow.id, executionId: String(id) },
  });
  // The Webhook node's default response mode ("Immediately").
  return json(200, { message: "Workflow was started" });
}
