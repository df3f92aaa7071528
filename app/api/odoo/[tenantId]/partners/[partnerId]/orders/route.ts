// GET /api/odoo/{tenantId}/partners/{partnerId}/orders?limit=&offset= – the partner's sale orders, newest first
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { pageQuery, partnerParams } from "@/lib/proxy/odoo/odoo-requests";
import { partnerOrders } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: partnerParams, query: pageQuery },
  async ({ ctx, params, query }) => partnerOrders(await odooFor(ctx), params.partnerId, query),
);
