import "server-only";
import { ApiError } from "@/lib/errors";
import type { HttpMethod } from "@/lib/integrations/http/request";
import type { N8nClient } from "@/lib/integrations/n8n/client";
import type { Execution } from "@/lib/integrations/n8n/n8n-models";
import { workflowTrigger } from "./trigger";

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/** How long to look for the run the call started: n8n records it as the webhook arrives. */
const FIND_ATTEMPTS = 4;
const FIND_DELAY_MS = 250;

export type RunResult = {
  /** What the workflow answered (its Webhook node's response), JSON or text. */
  response: unknown;
  /** The run the call started, when n8n already lists it. */
  execution: Execution | null;
};

/**
 * Starts a workflow through its production webhook (n8n has no "run by id"). Only an active,
 * webhook-triggered workflow has one; anything else is refused here with what to do instead.
 */
export async function runByWebhook(n8n: N8nClient, workflowId: string, body: unknown): Promise<RunResult> {
  const workflow = await n8n.getWorkflow(workflowId);
  const { webhook } = workflowTrigger(workflow);
  if (!webhook) {
    throw new ApiError("unprocessable", "workflow_not_webhook", { details: { reason: "not_webhook" } });
  }
  if (!workflow.active) {
    throw new ApiError("conflict", "workflow_inactive", { details: { reason: "inactive" } });
  }
  const method = (METHODS as readonly string[]).includes(webhook.method) ? (webhook.method as HttpMethod) : "POST";
  const before = await newestRunId(n8n, workflowId);
  const response = await n8n.callWebhook(webhook.path, { method, body });
  return { response, execution: await findNewRun(n8n, workflowId, before) };
}

async function newestRunId(n8n: N8nClient, workflowId: string): Promise<string | null> {
  const { items } = await n8n.listExecutions({ workflowId, limit: 1 });
  return items[0]?.id ?? null;
}

/** The newest run once it differs from the one before the call; null if n8n has not listed it yet. */
async function findNewRun(n8n: N8nClient, workflowId: string, before: string | null): Promise<Execution | null> {
  for (let i = 0; i < FIND_ATTEMPTS; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, FIND_DELAY_MS));
    const { items } = await n8n.listExecutions({ workflowId, limit: 1 }).catch(() => ({ items: [] as Execution[] }));
    if (items[0] && items[0].id !== before) return items[0];
  }
  return null;
}
