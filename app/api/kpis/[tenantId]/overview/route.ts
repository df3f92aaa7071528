// GET /api/kpis/{tenantId}/overview – the Resumen cards per service (or why a service has none) and recent activity
import { apiRoute } from "@/lib/api/route";
import { loadOverview } from "@/lib/kpis/load";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", query: emptyQuery }, ({ ctx }) => loadOverview(ctx));
