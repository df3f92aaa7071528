// GET /api/odoo/{tenantId}/products?q=&limit=&offset= – products with price (CLP, net) and stock, searched by name or code
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { productSearchQuery } from "@/lib/proxy/odoo/odoo-requests";
import { searchProducts } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: productSearchQuery }, async ({ ctx, query }) =>
  searchProducts(await odooFor(ctx), query),
);
