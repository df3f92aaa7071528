import { toIso } from "../time";

// Odoo's wire values → the Hub's: `false` means empty, many2one is [id, name], datetimes are naive UTC.

export interface Ref {
  id: number;
  name: string;
}

export type GroupKey = { value: string | number | boolean | null; label: string | null };

export interface GroupRow {
  /** One entry per groupby spec (e.g. "date_order:day" → {value: "2026-11-05", label: "05 Nov 2026"}). */
  keys: Record<string, GroupKey>;
  count: number;
  /** Keyed by the aggregate spec asked for ("amount_total:sum"). */
  values: Record<string, number>;
}

export const nullable = <T>(v: T | false | null | undefined): T | null => (v === false || v === undefined ? null : v);

export function toRef(v: unknown): Ref | null {
  if (Array.isArray(v) && typeof v[0] === "number") return { id: v[0], name: String(v[1] ?? "") };
  return null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** "2026-11-05 03:00:00" (UTC) → the calendar day in `tz`. Date-only values pass through. */
export function localDay(value: string, tz: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const iso = toIso(value);
  if (!iso) return value;
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );
}

function formattedKey(v: unknown): GroupKey {
  if (v === false || v === null || v === undefined) return { value: null, label: null };
  if (Array.isArray(v)) return { value: v[0] as string | number, label: v[1] === undefined ? null : String(v[1]) };
  return { value: v as string | number | boolean, label: String(v) };
}

function readGroupKey(row: Record<string, unknown>, spec: string, tz: string): GroupKey {
  const v = row[spec];
  if (v === false || v === null || v === undefined) return { value: null, label: null };
  if (Array.isArray(v)) return { value: v[0] as number, label: v[1] === undefined ? null : String(v[1]) };
  const range = (row.__range as Record<string, { from?: unknown }> | undefined)?.[spec];
  // read_group labels dates in English ("05 Nov 2026"); its __range holds the real bounds.
  if (typeof range?.from === "string") return { value: localDay(range.from, tz), label: String(v) };
  return { value: v as string | number | boolean, label: String(v) };
}

/** read_group (17/18) and formatted_read_group (19+) rows → one shape. */
export function normalizeGroupRows(
  rows: Record<string, unknown>[],
  q: { groupby: string[]; aggregates: string[]; style: "read_group" | "formatted"; tz: string },
): GroupRow[] {
  return rows.map((row) => {
    const keys: Record<string, GroupKey> = {};
    for (const spec of q.groupby)
      keys[spec] = q.style === "formatted" ? formattedKey(row[spec]) : readGroupKey(row, spec, q.tz);
    const values: Record<string, number> = {};
    for (const spec of q.aggregates) {
      // read_group names a measure by its field ("amount_total"), or its alias in "alias:agg(field)".
      const readKey = /^(\w+):\w+\(\w+\)$/.exec(spec)?.[1] ?? spec.split(":")[0];
      values[spec] = num(q.style === "formatted" ? row[spec] : row[readKey]);
    }
    const lazyCount = q.groupby[0] ? row[`${q.groupby[0].split(":")[0]}_count`] : undefined;
    return { keys, count: num(row.__count ?? lazyCount), values };
  });
}

// ---- Records the Hub shows -------------------------------------------------------------------

export function partnerFields(major: number): string[] {
  const base = ["name", "email", "phone", "vat", "is_company", "customer_rank", "city", "write_date"];
  return major >= 19 ? base : [...base, "mobile"];
}

export function toPartner(r: Record<string, unknown>) {
  return {
    id: r.id as number,
    name: str(r.name) ?? "",
    email: str(r.email),
    phone: str(r.phone) ?? str(r.mobile),
    /** As stored: "76086428-5", sometimes with an old "CL" prefix; format it with lib/format. */
    vat: str(r.vat),
    isCompany: r.is_company === true,
    customerRank: num(r.customer_rank),
    city: str(r.city),
    updatedAt: toIso(r.write_date),
  };
}

export function productFields(major: number): string[] {
  const base = ["name", "default_code", "list_price", "sale_ok", "qty_available", "categ_id"];
  return major >= 18 ? [...base, "type", "is_storable"] : [...base, "detailed_type"];
}

export function toProduct(r: Record<string, unknown>) {
  // 17: detailed_type product|consu|service; 18+: type consu|service|combo with is_storable.
  const storable = r.is_storable === true || r.detailed_type === "product";
  return {
    id: r.id as number,
    name: str(r.name) ?? "",
    code: str(r.default_code),
    listPrice: num(r.list_price),
    saleOk: r.sale_ok !== false,
    qtyAvailable: num(r.qty_available),
    category: toRef(r.categ_id),
    kind: storable ? "storable" : (str(r.type) ?? str(r.detailed_type) ?? "consu"),
  };
}

export const SALE_ORDER_FIELDS = [
  "name",
  "partner_id",
  "date_order",
  "amount_untaxed",
  "amount_tax",
  "amount_total",
  "currency_id",
  "state",
];

export function toSaleOrder(r: Record<string, unknown>) {
  return {
    id: r.id as number,
    name: str(r.name) ?? "",
    partner: toRef(r.partner_id),
    dateOrder: toIso(r.date_order),
    amountUntaxed: num(r.amount_untaxed),
    amountTax: num(r.amount_tax),
    amountTotal: num(r.amount_total),
    currency: toRef(r.currency_id),
    state: str(r.state),
  };
}

export const INVOICE_FIELDS = [
  "name",
  "move_type",
  "state",
  "payment_state",
  "amount_total",
  "amount_residual",
  "invoice_date",
  "invoice_date_due",
  "partner_id",
  "l10n_latam_document_type_id",
];

export function toInvoice(r: Record<string, unknown>) {
  return {
    id: r.id as number,
    name: str(r.name) ?? "",
    moveType: str(r.move_type),
    state: str(r.state),
    paymentState: str(r.payment_state),
    amountTotal: num(r.amount_total),
    amountResidual: num(r.amount_residual),
    /** Dates stay calendar days (YYYY-MM-DD): they have no time or zone in Odoo. */
    invoiceDate: str(r.invoice_date),
    dueDate: str(r.invoice_date_due),
    partner: toRef(r.partner_id),
    documentType: toRef(r.l10n_latam_document_type_id),
  };
}
