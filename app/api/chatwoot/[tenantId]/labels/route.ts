// GET /api/chatwoot/{tenantId}/labels – the account's labels (cached for a minute)
import { apiRoute } from "@/lib/api/route";
import { cachedLabels } from "@/lib/proxy/chatwoot/reference";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => ({
  data: await cachedLabels(ctx),
}));
