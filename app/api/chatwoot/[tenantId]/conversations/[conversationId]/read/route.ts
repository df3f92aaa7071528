// POST /api/chatwoot/{tenantId}/conversations/{conversationId}/read – mark a conversation read (staff)
// Staff, not viewers: Chatwoot records the read against the connection's agent, so a viewer looking
// around would clear the badge the people answering rely on.
import { apiRoute } from "@/lib/api/route";
import { recordConversationRead } from "@/lib/events/record-conversation-read";
import { log } from "@/lib/log";
import { conversationParams } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyBody, emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: conversationParams, query: emptyQuery, body: emptyBody },
  async ({ ctx, params }) => {
    const chatwoot = await chatwootFor(ctx);
    await chatwoot.markRead(params.conversationId);
    try {
      await recordConversationRead(ctx, params.conversationId);
    } catch (error) {
      // Chatwoot has it: other tabs catch up on their next refresh of the list.
      log.warn("conversation read not broadcast", { tenantId: ctx.tenantId, error: String(error) });
    }
    return { conversationId: params.conversationId, unreadCount: 0 };
  },
);
