// POST /api/n8n/{tenantId}/workflows/{workflowId}/deactivate – turn a workflow off (staff)
import { apiRoute } from "@/lib/api/route";
import { n8nFor } from "@/lib/proxy/clients";
import { workflowParams } from "@/lib/proxy/n8n/n8n-requests";
import { emptyBody, emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: workflowParams, query: emptyQuery, body: emptyBody },
  async ({ ctx, params }) => {
    const n8n = await n8nFor(ctx);
    return { workflow: await n8n.deactivateWorkflow(params.workflowId) };
  },
);
