// GET /api/chatwoot/{tenantId}/canned-responses?search= – canned responses, optionally searched (cached for a minute)
import { apiRoute } from "@/lib/api/route";
import { cannedResponsesQuery } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { cachedCannedResponses } from "@/lib/proxy/chatwoot/reference";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, query: cannedResponsesQuery },
  async ({ ctx, query }) => ({
    data: await cachedCannedResponses(ctx, query.search),
  }),
);
