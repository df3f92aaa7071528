// GET /api/odoo/{tenantId}/invoices?paymentState=&from=&to=&limit=&offset= – posted customer documents by payment state and invoice date
import { apiRoute } from "@/lib/api/route";
import { odooFor } from "@/lib/proxy/clients";
import { listInvoices } from "@/lib/proxy/odoo/queries";
import { invoiceListQuery } from "@/lib/proxy/odoo/schemas";

export const GET = apiRoute({ auth: "tenant", query: invoiceListQuery }, async ({ ctx, query }) =>
  listInvoices(await odooFor(ctx), query),
);
