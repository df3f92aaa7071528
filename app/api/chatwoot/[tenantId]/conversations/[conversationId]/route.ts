// GET /api/chatwoot/{tenantId}/conversations/{conversationId} – one conversation (canReply says whether free text may be sent)
import { apiRoute } from "@/lib/api/route";
import { conversationParams } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: conversationParams, query: emptyQuery },
  async ({ ctx, params }) => {
    const chatwoot = await chatwootFor(ctx);
    return { conversation: await chatwoot.getConversation(params.conversationId) };
  },
);
