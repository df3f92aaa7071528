// POST /api/n8n/{tenantId}/workflows/{workflowId}/run {body} – start an active webhook-triggered workflow through its production webhook (staff)
import { apiRoute } from "@/lib/api/route";
import { runByWebhook } from "@/lib/automation/run-by-webhook";
import { runBody } from "@/lib/automation/workflow-run-input";
import { n8nFor } from "@/lib/proxy/clients";
import { workflowParams } from "@/lib/proxy/n8n/n8n-requests";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: workflowParams, query: emptyQuery, body: runBody },
  async ({ ctx, params, body }) => {
    const n8n = await n8nFor(ctx);
    return runByWebhook(n8n, params.workflowId, body.body);
  },
);
