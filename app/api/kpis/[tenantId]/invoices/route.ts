// GET /api/kpis/{tenantId}/invoices?from=&to= – invoices by payment state, overdue amount, totals by SII document type (61 negative)
import { apiRoute } from "@/lib/api/route";
import { loadInvoices } from "@/lib/kpis/load";
import { kpiRangeQuery } from "@/lib/kpis/range";

export const GET = apiRoute({ auth: "tenant", query: kpiRangeQuery }, ({ ctx, query }) => loadInvoices(ctx, query));
