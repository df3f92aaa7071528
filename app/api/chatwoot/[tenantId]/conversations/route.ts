// GET /api/chatwoot/{tenantId}/conversations – a page of conversations with counts per assignee filter
import { apiRoute } from "@/lib/api/route";
import { conversationListQuery } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, query: conversationListQuery },
  async ({ ctx, query }) => {
    const chatwoot = await chatwootFor(ctx);
    const { assignee, ...rest } = query;
    return chatwoot.listConversations({ ...rest, assigneeType: assignee });
  },
);
