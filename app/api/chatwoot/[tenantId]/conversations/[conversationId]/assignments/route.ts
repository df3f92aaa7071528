// POST /api/chatwoot/{tenantId}/conversations/{conversationId}/assignments – assign to an agent, or unassign with null (staff)
import { apiRoute } from "@/lib/api/route";
import { assignmentBody, conversationParams } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  {
    auth: "tenant",
    upstream: true,
    role: "staff",
    params: conversationParams,
    query: emptyQuery,
    body: assignmentBody,
  },
  async ({ ctx, params, body }) => {
    const chatwoot = await chatwootFor(ctx);
    return { assignee: await chatwoot.assign(params.conversationId, body) };
  },
);
