// GET /api/odoo/{tenantId}/partners?q=&limit=&offset= – partners, searched by name, RUT, email or phone
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { partnerSearchQuery } from "@/lib/proxy/odoo/odoo-requests";
import { searchPartners } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: partnerSearchQuery }, async ({ ctx, query }) =>
  searchPartners(await odooFor(ctx), query),
);
