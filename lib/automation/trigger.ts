import type { WebhookTrigger } from "@/lib/integrations/n8n/n8n-models";

// Client-safe: the list and the workflow page both show "how does this flow start".

export type TriggerKind = "webhook" | "schedule" | "other";

const SCHEDULE_TYPES = new Set(["n8n-nodes-base.scheduleTrigger", "n8n-nodes-base.cron", "n8n-nodes-base.interval"]);

/** Webhook wins over schedule: a flow with both can still be run from the Hub. */
export function triggerKind(triggerTypes: readonly string[]): TriggerKind {
  if (triggerTypes.includes("n8n-nodes-base.webhook")) return "webhook";
  if (triggerTypes.some((t) => SCHEDULE_TYPES.has(t))) return "schedule";
  return "other";
}

export type WorkflowTrigger = { kind: TriggerKind; webhook: WebhookTrigger | null };

/** The trigger the Hub would call: the first enabled Webhook node (n8n registers each separately). */
export function workflowTrigger(w: { triggerTypes: readonly string[]; webhooks: readonly WebhookTrigger[] }) {
  return { kind: triggerKind(w.triggerTypes), webhook: w.webhooks[0] ?? null } satisfies WorkflowTrigger;
}
