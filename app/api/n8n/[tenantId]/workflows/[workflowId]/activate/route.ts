// POST /api/n8n/{tenantId}/workflows/{workflowId}/activate – turn a workflow on (staff); 403 past the plan's active-workflow limit (checked before n8n), 422 without a trigger, 409 on a webhook path clash
import { apiRoute } from "@/lib/api/route";
import { activateWithinPlan } from "@/lib/automation/activate-within-plan";
import { tenantPlan } from "@/lib/plans/assert-limits";
import { n8nFor } from "@/lib/proxy/clients";
import { workflowParams } from "@/lib/proxy/n8n/n8n-requests";
import { emptyBody, emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: workflowParams, query: emptyQuery, body: emptyBody },
  async ({ ctx, params }) => {
    const n8n = await n8nFor(ctx);
    return { workflow: await activateWithinPlan(n8n, await tenantPlan(ctx), params.workflowId) };
  },
);
