// GET /api/chatwoot/{tenantId}/agents – the account's agents (cached for a minute)
import { apiRoute } from "@/lib/api/route";
import { cachedAgents } from "@/lib/proxy/chatwoot/reference";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => ({
  data: await cachedAgents(ctx),
}));
