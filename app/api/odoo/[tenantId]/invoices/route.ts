// GET /api/odoo/{tenantId}/invoices?paymentState=&from=&to=&limit=&offset= – posted customer documents by payment state and invoice date
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { invoiceListQuery } from "@/lib/proxy/odoo/odoo-requests";
import { listInvoices } from "@/lib/proxy/odoo/queries";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: invoiceListQuery }, async ({ ctx, query }) =>
  listInvoices(await odooFor(ctx), query),
);
