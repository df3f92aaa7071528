// GET /api/n8n/{tenantId}/workflows/{workflowId} – one workflow with how it starts (webhook path and method, schedule, other)
import { apiRoute } from "@/lib/api/route";
import { workflowTrigger } from "@/lib/automation/trigger";
import { n8nFor } from "@/lib/proxy/clients";
import { workflowParams } from "@/lib/proxy/n8n/n8n-requests";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: workflowParams, query: emptyQuery },
  async ({ ctx, params }) => {
    const n8n = await n8nFor(ctx);
    const workflow = await n8n.getWorkflow(params.workflowId);
    return { workflow: { ...workflow, trigger: workflowTrigger(workflow) } };
  },
);
