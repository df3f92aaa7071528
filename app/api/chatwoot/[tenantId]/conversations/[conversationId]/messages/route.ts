// GET /api/chatwoot/{tenantId}/conversations/{conversationId}/messages – the latest messages, or those before/after a message id
// POST /api/chatwoot/{tenantId}/conversations/{conversationId}/messages – send a reply, private note or template (staff); 422 for free text into a closed WhatsApp window
import { apiRoute } from "@/lib/api/route";
import { conversationParams, messageListQuery, sendMessageBody } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { sendMessage } from "@/lib/proxy/chatwoot/send";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: conversationParams, query: messageListQuery },
  async ({ ctx, params, query }) => {
    const chatwoot = await chatwootFor(ctx);
    return { data: await chatwoot.listMessages(params.conversationId, query) };
  },
);

export const POST = apiRoute(
  {
    auth: "tenant",
    upstream: true,
    role: "staff",
    params: conversationParams,
    query: emptyQuery,
    body: sendMessageBody,
  },
  async ({ ctx, params, body }) => {
    const chatwoot = await chatwootFor(ctx);
    const message = await sendMessage(chatwoot, params.conversationId, body);
    return Response.json({ message }, { status: 201 });
  },
);
