import type { Domain, OdooClient } from "@/lib/integrations/odoo/client";
import {
  INVOICE_FIELDS,
  partnerFields,
  productFields,
  SALE_ORDER_FIELDS,
  toInvoice,
  toPartner,
  toProduct,
  toSaleOrder,
} from "@/lib/integrations/odoo/transform";
import { localDayRange } from "./dates";
import type { SalesKpiQuery } from "./odoo-requests";

// The Odoo reads the Hub offers: fixed models, fields and domains; only values come from the request.

type Paging = { limit: number; offset: number };

/** Asks for one row more than the page to know whether another page exists, without a count. */
async function paged<T>(
  odoo: OdooClient,
  model: string,
  domain: Domain,
  q: Paging & { fields: string[]; order: string },
  map: (r: Record<string, unknown>) => T,
) {
  const rows = await odoo.searchRead(model, domain, {
    fields: q.fields,
    limit: q.limit + 1,
    offset: q.offset,
    order: q.order,
  });
  return { items: rows.slice(0, q.limit).map(map), limit: q.limit, offset: q.offset, hasMore: rows.length > q.limit };
}

/** `|`-joined ilike terms: Odoo's prefix notation needs n−1 operators for n terms. */
function anyOf(terms: unknown[][]): Domain {
  return [...Array(Math.max(0, terms.length - 1)).fill("|"), ...terms];
}

/** "76.086.428-k" → "76086428-K", the form RUTs are stored in (`vat`, sometimes "CL"-prefixed). */
export function rutSearchForm(q: string): string | null {
  const compact = q.replace(/[.\s]/g, "").toUpperCase();
  return /^\d{1,8}(-[\dK]?)?$/.test(compact) ? compact : null;
}

export function partnerSearchDomain(q: string, major: number): Domain {
  const rut = rutSearchForm(q);
  const terms: unknown[][] = [
    ["name", "ilike", q],
    ["email", "ilike", q],
    ["phone", "ilike", q],
    ["vat", "ilike", rut ?? q],
  ];
  if (major < 19) terms.push(["mobile", "ilike", q]); // removed in 19
  return anyOf(terms);
}

export async function searchPartners(odoo: OdooClient, q: Paging & { q?: string }) {
  const { major } = await odoo.detectVersion();
  const domain = q.q ? partnerSearchDomain(q.q, major) : [];
  return paged(
    odoo,
    "res.partner",
    domain,
    { ...q, fields: partnerFields(major), order: "name asc, id asc" },
    toPartner,
  );
}

export async function searchProducts(odoo: OdooClient, q: Paging & { q?: string }) {
  const { major } = await odoo.detectVersion();
  const domain = q.q
    ? anyOf([
        ["name", "ilike", q.q],
        ["default_code", "ilike", q.q],
      ])
    : [];
  return paged(
    odoo,
    "product.product",
    domain,
    { ...q, fields: productFields(major), order: "name asc, id asc" },
    toProduct,
  );
}

const orderPage = (q: Paging) => ({ ...q, fields: SALE_ORDER_FIELDS, order: "date_order desc, id desc" });

export function listOrders(odoo: OdooClient, q: Paging & { from?: string; to?: string }) {
  return paged(odoo, "sale.order", localDayRange("date_order", q.from, q.to), orderPage(q), toSaleOrder);
}

/** child_of: a company's orders include those placed by its contacts. */
export function partnerOrders(odoo: OdooClient, partnerId: number, q: Paging) {
  return paged(odoo, "sale.order", [["partner_id", "child_of", partnerId]], orderPage(q), toSaleOrder);
}

// Customer invoices, boletas and credit notes that were posted: drafts have no folio and are not
// documents yet, so they carry no meaningful payment state.
const CUSTOMER_DOCUMENTS: Domain = [
  ["move_type", "in", ["out_invoice", "out_refund"]],
  ["state", "=", "posted"],
];
const invoicePage = (q: Paging) => ({ ...q, fields: INVOICE_FIELDS, order: "invoice_date desc, id desc" });

export function listInvoices(odoo: OdooClient, q: Paging & { paymentState?: string; from?: string; to?: string }) {
  const domain: Domain = [...CUSTOMER_DOCUMENTS];
  if (q.paymentState) domain.push(["payment_state", "=", q.paymentState]);
  // invoice_date is a calendar day with no zone: compared as is.
  if (q.from) domain.push(["invoice_date", ">=", q.from]);
  if (q.to) domain.push(["invoice_date", "<=", q.to]);
  return paged(odoo, "account.move", domain, invoicePage(q), toInvoice);
}

export function partnerInvoices(odoo: OdooClient, partnerId: number, q: Paging) {
  const domain: Domain = [...CUSTOMER_DOCUMENTS, ["partner_id", "child_of", partnerId]];
  return paged(odoo, "account.move", domain, invoicePage(q), toInvoice);
}

/** Confirmed sales only ("done" is the locked state before 17). */
const CONFIRMED: Domain = [["state", "in", ["sale", "done"]]];

/**
 * Revenue and order count per Santiago day or month. Odoo groups (with tz in the context), so the
 * Hub never pulls the orders themselves.
 */
export async function salesKpis(odoo: OdooClient, q: SalesKpiQuery) {
  const spec = `date_order:${q.groupBy}`;
  const rows = await odoo.readGroup("sale.order", [...CONFIRMED, ...localDayRange("date_order", q.from, q.to)], {
    groupby: [spec],
    aggregates: ["amount_total:sum"],
  });
  const points = rows
    .map((r) => {
      const day = String(r.keys[spec]?.value ?? "");
      return {
        period: q.groupBy === "month" ? day.slice(0, 7) : day.slice(0, 10),
        // CLP has no decimals; Odoo sums floats.
        revenue: Math.round(r.values["amount_total:sum"] ?? 0),
        orders: r.count,
      };
    })
    .filter((p) => p.period !== "")
    .sort((a, b) => a.period.localeCompare(b.period));
  const totals = points.reduce((t, p) => ({ revenue: t.revenue + p.revenue, orders: t.orders + p.orders }), {
    revenue: 0,
    orders: 0,
  });
  return { currency: "CLP", groupBy: q.groupBy, from: q.from, to: q.to, points, totals };
}
