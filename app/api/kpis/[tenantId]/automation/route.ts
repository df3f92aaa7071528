// GET /api/kpis/{tenantId}/automation?from=&to= – n8n runs per day by outcome, success rate, slowest workflows
import { apiRoute } from "@/lib/api/route";
import { loadAutomation } from "@/lib/kpis/load";
import { kpiRangeQuery } from "@/lib/kpis/range";

export const GET = apiRoute({ auth: "tenant", query: kpiRangeQuery }, ({ ctx, query }) => loadAutomation(ctx, query));
