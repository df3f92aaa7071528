// GET /api/odoo/{tenantId}/orders?from=&to=&limit=&offset= – sale orders placed on Santiago days from..to, newest first
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { orderListQuery } from "@/lib/proxy/odoo/odoo-requests";
import { listOrders } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: orderListQuery }, async ({ ctx, query }) =>
  listOrders(await odooFor(ctx), query),
);
