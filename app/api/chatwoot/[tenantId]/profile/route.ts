// GET /api/chatwoot/{tenantId}/profile – the Chatwoot user behind the connection's token ("mine" in the inbox), cached for a minute
import { apiRoute } from "@/lib/api/route";
import { cachedProfile } from "@/lib/proxy/chatwoot/reference";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => ({
  profile: await cachedProfile(ctx),
}));
