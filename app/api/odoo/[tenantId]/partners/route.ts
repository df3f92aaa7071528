// GET /api/odoo/{tenantId}/partners?q=&limit=&offset= – partners, searched by name, RUT, email or phone
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { searchPartners } from "@/lib/proxy/odoo/queries";
import { partnerSearchQuery } from "@/lib/proxy/odoo/schemas";

export const GET = apiRoute({ auth: "tenant", query: partnerSearchQuery }, async ({ ctx, query }) =>
  searchPartners(await odooFor(ctx), query),
);
