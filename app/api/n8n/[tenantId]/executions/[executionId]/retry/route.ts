// POST /api/n8n/{tenantId}/executions/{executionId}/retry – run a failed execution again (staff); 409 when n8n does not allow it
import { apiRoute } from "@/lib/api/route";
import { n8nFor } from "@/lib/proxy/clients";
import { executionParams } from "@/lib/proxy/n8n/n8n-requests";
import { emptyBody, emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: executionParams, query: emptyQuery, body: emptyBody },
  async ({ ctx, params }) => {
    const n8n = await n8nFor(ctx);
    return { execution: await n8n.retryExecution(params.executionId) };
  },
);
