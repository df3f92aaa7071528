// GET /api/chatwoot/{tenantId}/conversations/{conversationId}/labels – the conversation's labels
// POST /api/chatwoot/{tenantId}/conversations/{conversationId}/labels – replace the conversation's labels (staff)
import { apiRoute } from "@/lib/api/route";
import { conversationParams, labelsBody } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: conversationParams, query: emptyQuery },
  async ({ ctx, params }) => {
    const chatwoot = await chatwootFor(ctx);
    return { data: await chatwoot.getConversationLabels(params.conversationId) };
  },
);

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: conversationParams, query: emptyQuery, body: labelsBody },
  async ({ ctx, params, body }) => {
    const chatwoot = await chatwootFor(ctx);
    return { data: await chatwoot.setConversationLabels(params.conversationId, body.labels) };
  },
);
