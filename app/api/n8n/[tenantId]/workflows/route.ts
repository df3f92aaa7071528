// GET /api/n8n/{tenantId}/workflows?active=&tags=&name=&cursor=&limit= – workflows with their triggers, by cursor
import { apiRoute } from "@/lib/api/route";
import { n8nFor } from "@/lib/proxy/clients";
import { workflowListQuery } from "@/lib/proxy/n8n/n8n-requests";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: workflowListQuery }, async ({ ctx, query }) => {
  const n8n = await n8nFor(ctx);
  return n8n.listWorkflows(query);
});
