// GET /api/odoo/{tenantId}/partners/{partnerId}/invoices?limit=&offset= – the partner's posted invoices, boletas and credit notes
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { pageQuery, partnerParams } from "@/lib/proxy/odoo/odoo-requests";
import { partnerInvoices } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: partnerParams, query: pageQuery },
  async ({ ctx, params, query }) => partnerInvoices(await odooFor(ctx), params.partnerId, query),
);
