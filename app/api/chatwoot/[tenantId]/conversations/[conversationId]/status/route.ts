// POST /api/chatwoot/{tenantId}/conversations/{conversationId}/status – open, pend, resolve or snooze a conversation (staff)
import { apiRoute } from "@/lib/api/route";
import { conversationParams, statusBody } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: conversationParams, query: emptyQuery, body: statusBody },
  async ({ ctx, params, body }) => {
    const chatwoot = await chatwootFor(ctx);
    return chatwoot.toggleStatus(params.conversationId, body);
  },
);
