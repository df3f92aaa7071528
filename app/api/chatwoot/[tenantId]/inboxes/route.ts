// GET /api/chatwoot/{tenantId}/inboxes – inboxes with their WhatsApp templates (cached for a minute)
import { apiRoute } from "@/lib/api/route";
import { cachedInboxes } from "@/lib/proxy/chatwoot/reference";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => ({
  data: await cachedInboxes(ctx),
}));
