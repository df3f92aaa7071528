// GET /api/kpis/{tenantId}/sales?from=&to= – revenue per Santiago day, average order, orders per day, top products, against the previous period
import { apiRoute } from "@/lib/api/route";
import { loadSales } from "@/lib/kpis/load";
import { kpiRangeQuery } from "@/lib/kpis/range";

export const GET = apiRoute({ auth: "tenant", query: kpiRangeQuery }, ({ ctx, query }) => loadSales(ctx, query));
