// GET /api/chatwoot/{tenantId}/contacts/{contactId}/conversations – the contact's conversations
import { apiRoute } from "@/lib/api/route";
import { contactParams } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: contactParams, query: emptyQuery },
  async ({ ctx, params }) => {
    const chatwoot = await chatwootFor(ctx);
    return { data: await chatwoot.getContactConversations(params.contactId) };
  },
);
