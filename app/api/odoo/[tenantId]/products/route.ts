// GET /api/odoo/{tenantId}/products?q=&limit=&offset= – products with price (CLP, net) and stock, searched by name or code
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { searchProducts } from "@/lib/proxy/odoo/queries";
import { productSearchQuery } from "@/lib/proxy/odoo/schemas";

export const GET = apiRoute({ auth: "tenant", query: productSearchQuery }, async ({ ctx, query }) =>
  searchProducts(await odooFor(ctx), query),
);
