// GET /api/chatwoot/{tenantId}/reports/summary?since=&until= – account totals for a range (unix seconds) and the previous one
import { apiRoute } from "@/lib/api/route";
import { reportSummaryQuery } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: reportSummaryQuery }, async ({ ctx, query }) => {
  const chatwoot = await chatwootFor(ctx);
  return { summary: await chatwoot.reportsSummary(query) };
});
