// GET /api/chatwoot/{tenantId}/reports/timeseries?metric=&since=&until= – one metric per day over a range (unix seconds)
import { apiRoute } from "@/lib/api/route";
import { reportTimeseriesQuery } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, query: reportTimeseriesQuery },
  async ({ ctx, query }) => {
    const chatwoot = await chatwootFor(ctx);
    return { metric: query.metric, data: await chatwoot.reportsTimeseries(query) };
  },
);
