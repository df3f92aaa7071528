// GET /api/chatwoot/{tenantId}/canned-responses?search= – canned responses, optionally searched (cached for a minute)
import { apiRoute } from "@/lib/api/route";
import { cachedCannedResponses } from "@/lib/proxy/chatwoot/reference";
import { cannedResponsesQuery } from "@/lib/proxy/chatwoot/schemas";

export const GET = apiRoute({ auth: "tenant", query: cannedResponsesQuery }, async ({ ctx, query }) => ({
  data: await cachedCannedResponses(ctx, query.search),
}));
