import "server-only";
import type { N8nClient } from "@/lib/integrations/n8n/client";
import type { WorkflowSummary } from "@/lib/integrations/n8n/n8n-models";
import type { PlanId } from "@/lib/plans/catalog";
import { checkWorkflowLimit } from "@/lib/plans/limits";

const MAX_PAGES = 20;

/** The ids of the instance's active workflows, every page of them (bounded: 5,000). */
export async function activeWorkflowIds(n8n: N8nClient): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await n8n.listWorkflows({ active: true, limit: 250, cursor });
    for (const w of res.items) ids.add(w.id);
    cursor = res.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return ids;
}

/**
 * Activates a workflow unless the plan's active-workflow limit is already reached. The count comes
 * from n8n itself (workflows can be switched on in n8n's editor too), and the refusal happens before
 * n8n is asked to activate. Re-activating an active workflow adds nothing, so it is never refused.
 */
export async function activateWithinPlan(n8n: N8nClient, plan: PlanId, workflowId: string): Promise<WorkflowSummary> {
  const active = await activeWorkflowIds(n8n);
  if (!active.has(workflowId)) checkWorkflowLimit(plan, active.size);
  return n8n.activateWorkflow(workflowId);
}
