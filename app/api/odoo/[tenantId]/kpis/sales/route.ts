// GET /api/odoo/{tenantId}/kpis/sales?from=&to=&groupBy=day|month – confirmed revenue (CLP) and order count per Santiago day or month
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { salesKpiQuery } from "@/lib/proxy/odoo/odoo-requests";
import { salesKpis } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: salesKpiQuery }, async ({ ctx, query }) =>
  salesKpis(await odooFor(ctx), query),
);
