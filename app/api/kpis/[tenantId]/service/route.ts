// GET /api/kpis/{tenantId}/service?from=&to= – Chatwoot conversations per day and inbox, medians, and the account reports when the token is an admin's
import { apiRoute } from "@/lib/api/route";
import { loadService } from "@/lib/kpis/load";
import { kpiRangeQuery } from "@/lib/kpis/range";

export const GET = apiRoute({ auth: "tenant", query: kpiRangeQuery }, ({ ctx, query }) => loadService(ctx, query));
