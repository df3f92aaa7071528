import { type DayRange, previousRange } from "@/lib/format/santiago-range";
import type { Domain, OdooClient } from "@/lib/integrations/odoo/client";
import type { InvoiceKpis } from "./kpi-types";
import { clp } from "./stats";

// Customer documents (account.move) grouped by Odoo. invoice_date and invoice_date_due are calendar
// days with no zone, compared as they are.

/** Posted customer documents: drafts have no folio yet and cancelled ones never counted. */
const POSTED: Domain = [["state", "=", "posted"]];
const CUSTOMER_DOCUMENTS: Domain = [["move_type", "in", ["out_invoice", "out_refund"]], ...POSTED];
const CUSTOMER_INVOICES: Domain = [["move_type", "=", "out_invoice"], ...POSTED];
/**
 * Still owed: not paid, partly paid, or blocked (a disputed invoice, Odoo 18+). `in_payment` has a
 * payment registered and waiting for the bank statement: the customer already paid.
 */
export const OPEN_PAYMENT_STATES = ["not_paid", "partial", "blocked"];

const dated = (r: DayRange): Domain => [
  ["invoice_date", ">=", r.from],
  ["invoice_date", "<=", r.to],
];

export async function invoicesByPaymentState(odoo: OdooClient, range: DayRange) {
  const rows = await odoo.readGroup("account.move", [...CUSTOMER_INVOICES, ...dated(range)], {
    groupby: ["payment_state"],
    aggregates: ["amount_total:sum", "amount_residual:sum"],
  });
  return rows
    .map((r) => ({
      state: String(r.keys.payment_state?.value ?? "unknown"),
      count: r.count,
      amount: clp(r.values["amount_total:sum"] ?? 0),
      residual: clp(r.values["amount_residual:sum"] ?? 0),
    }))
    .sort((a, b) => b.amount - a.amount || a.state.localeCompare(b.state));
}

/** What customers still owe, optionally only past due as of `today` (a Santiago day). */
export async function openInvoices(odoo: OdooClient, opts: { overdueOn?: string } = {}) {
  const domain: Domain = [...CUSTOMER_INVOICES, ["payment_state", "in", OPEN_PAYMENT_STATES]];
  if (opts.overdueOn) domain.push(["invoice_date_due", "<", opts.overdueOn]);
  const rows = await odoo.readGroup("account.move", domain, {
    groupby: ["move_type"],
    aggregates: ["amount_residual:sum"],
  });
  return {
    count: rows.reduce((n, r) => n + r.count, 0),
    amount: clp(rows.reduce((s, r) => s + (r.values["amount_residual:sum"] ?? 0), 0)),
  };
}

/** "(33) Factura Electrónica" → "33": how l10n_latam names its document types. */
const codeInLabel = (label: string | null) => /^\((\w+)\)/.exec(label ?? "")?.[1] ?? null;

/**
 * Document totals per SII type; credit notes (61, out_refund) count negative, since they give money
 * back. The code is read from the document type records, the label only as a fallback.
 */
export async function revenueByDocumentType(odoo: OdooClient, range: DayRange) {
  const rows = await odoo.readGroup("account.move", [...CUSTOMER_DOCUMENTS, ...dated(range)], {
    groupby: ["l10n_latam_document_type_id", "move_type"],
    aggregates: ["amount_total:sum"],
  });
  const ids = [
    ...new Set(
      rows.map((r) => r.keys.l10n_latam_document_type_id?.value).filter((v): v is number => typeof v === "number"),
    ),
  ];
  const types = ids.length ? await odoo.read("l10n_latam.document.type", ids, ["code", "name"]) : [];
  const codeOf = new Map(types.map((t) => [t.id as number, typeof t.code === "string" ? t.code : null]));
  const byCode = new Map<string, { code: string; name: string; count: number; amount: number }>();
  for (const r of rows) {
    const key = r.keys.l10n_latam_document_type_id;
    const label = key?.label ?? null;
    const code = (typeof key?.value === "number" ? codeOf.get(key.value) : null) ?? codeInLabel(label) ?? "—";
    const sign = r.keys.move_type?.value === "out_refund" ? -1 : 1;
    const entry = byCode.get(code) ?? { code, name: label ?? code, count: 0, amount: 0 };
    entry.count += r.count;
    entry.amount += sign * (r.values["amount_total:sum"] ?? 0);
    byCode.set(code, entry);
  }
  return [...byCode.values()]
    .map((e) => ({ ...e, amount: clp(e.amount) }))
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
}

export async function invoiceFigures(odoo: OdooClient, range: DayRange, today: string): Promise<InvoiceKpis> {
  const [byPaymentState, overdue, byDocumentType, previousTypes] = await Promise.all([
    invoicesByPaymentState(odoo, range),
    openInvoices(odoo, { overdueOn: today }),
    revenueByDocumentType(odoo, range),
    revenueByDocumentType(odoo, previousRange(range)),
  ]);
  const total = (list: { amount: number }[]) => list.reduce((s, d) => s + d.amount, 0);
  return {
    range,
    byPaymentState,
    overdue,
    byDocumentType,
    documentsTotal: { current: total(byDocumentType), previous: total(previousTypes) },
  };
}
