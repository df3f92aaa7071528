// GET /api/n8n/{tenantId}/executions?status=&workflowId=&cursor=&limit= – executions, newest first, by cursor
import { apiRoute } from "@/lib/api/route";
import { n8nFor } from "@/lib/proxy/clients";
import { executionListQuery } from "@/lib/proxy/n8n/n8n-requests";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: executionListQuery }, async ({ ctx, query }) => {
  const n8n = await n8nFor(ctx);
  return n8n.listExecutions(query);
});
