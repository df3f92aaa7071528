import type { OdooData, OdooRecord } from "../odoo/odoo-records";
import { localDate, odooDatetime, zonedToUtc } from "../tz";
import type { Customer } from "./customers";
import { BUSINESS, PRODUCTS } from "./names";
import type { Rng } from "./random";
import { rutPlain } from "./rut";

const TZ = "America/Santiago";
const DAY_MS = 86_400_000;
export const CLP_ID = 45;
export const PARTNER_ID_OFFSET = 10;
/** SII document type code → l10n_latam.document.type id and the name prefix Chilean Odoo uses. */
const DOC_TYPES: Record<number, { id: number; name: string; prefix: string }> = {
  33: { id: 5, name: "(33) Factura Electrónica", prefix: "FAC" },
  34: { id: 6, name: "(34) Factura no Afecta o Exenta Electrónica", prefix: "FNA" },
  39: { id: 8, name: "(39) Boleta Electrónica", prefix: "BEL" },
  61: { id: 11, name: "(61) Nota de Crédito Electrónica", prefix: "N/C" },
};

function reference(): Record<string, OdooRecord[]> {
  const categories = [...new Set(PRODUCTS.map((p) => p[2]))];
  return {
    "res.currency": [{ id: CLP_ID, name: "CLP", symbol: "$", decimal_places: 0 }],
    "res.users": [{ id: 2, name: "Camila Rojas", login: "admin" }],
    "res.country": [{ id: 46, name: "Chile", code: "CL" }],
    "product.category": categories.map((name, i) => ({ id: i + 1, name })),
    "uom.uom": [{ id: 1, name: "Units" }],
    "account.tax": [{ id: 1, name: "IVA 19% Venta", amount: 19 }],
    "l10n_latam.document.type": Object.entries(DOC_TYPES).map(([code, d]) => ({ id: d.id, name: d.name, code })),
    "l10n_latam.identification.type": [{ id: 4, name: "RUT" }],
  };
}

/**
 * A moment `daysAgo` calendar days back in Santiago: mostly opening hours, some late web-shop orders
 * (after 20:00 local it is already the next day in UTC, which is what day grouping must get right).
 */
function businessMoment(rng: Rng, nowMs: number, daysAgo: number, hours: Map<string, number>): number {
  const hour = rng.chance(0.15) ? rng.int(20, 23) : rng.int(9, 18);
  // Intl is slow; an hour's UTC start is the same for every order placed in it.
  const key = `${daysAgo}:${hour}`;
  let start = hours.get(key);
  if (start === undefined) {
    const [y, m, day] = localDate(nowMs - daysAgo * DAY_MS, TZ)
      .split("-")
      .map(Number);
    start = zonedToUtc(TZ, y, m, day, hour);
    hours.set(key, start);
  }
  const ms = start + rng.int(0, 3599) * 1000;
  return Math.min(ms, nowMs - 60_000);
}

export function seedOdoo(rng: Rng, customers: Customer[], nowMs: number, factor: number): OdooData {
  const records = reference();
  const created = odooDatetime(nowMs - 400 * DAY_MS);
  records["res.partner"] = [
    {
      id: 1,
      name: BUSINESS.legalName,
      vat: rutPlain(BUSINESS.rutBody),
      is_company: true,
      customer_rank: 0,
      email: "contacto@ferreteriaelroble.cl",
      phone: "+56222746180",
      city: "Ñuñoa",
      street: "Av. Irarrázaval 3450",
    },
    ...customers.map((c, i) => ({
      id: i + PARTNER_ID_OFFSET,
      name: c.name,
      email: c.email ?? false,
      phone: c.phone,
      mobile: rng.chance(0.3) ? c.phone : false,
      // Older databases keep the CL prefix (NOTES.md); most carry the plain form.
      vat: i % 10 === 3 ? `CL${rutPlain(c.rutBody)}` : rutPlain(c.rutBody),
      is_company: c.isCompany,
      customer_rank: 1,
      city: c.comuna,
      street: `Calle ${rng.int(100, 9999)}`,
      l10n_cl_sii_taxpayer_type: c.isCompany ? "1" : "3",
    })),
  ].map((p) => ({
    country_id: 46,
    l10n_latam_identification_type_id: 4,
    active: true,
    create_date: created,
    write_date: created,
    mobile: false,
    ...p,
  }));

  records["product.product"] = PRODUCTS.map(([name, price], i) => ({
    id: i + 1,
    name,
    default_code: `FER-${String(i + 1).padStart(4, "0")}`,
    // Shelf prices include IVA; Odoo keeps the net price.
    list_price: Math.round(price / 1.19),
    standard_price: Math.round((price / 1.19) * 0.62),
    sale_ok: true,
    qty_available: i % 13 === 7 ? 0 : rng.int(3, 180),
    categ_id: [...new Set(PRODUCTS.map((p) => p[2]))].indexOf(PRODUCTS[i][2]) + 1,
    type: "consu",
    is_storable: true,
    detailed_type: "product",
    active: true,
    create_date: created,
    write_date: created,
  }));

  const orders: OdooRecord[] = [];
  const lines: OdooRecord[] = [];
  const orderCount = Math.round(300 * factor);
  const hours = new Map<string, number>();
  const moments = Array.from({ length: orderCount }, () => businessMoment(rng, nowMs, rng.int(0, 89), hours)).sort(
    (a, b) => a - b,
  );
  const companies = customers.flatMap((c, i) => (c.isCompany ? [i] : []));
  moments.forEach((ms, i) => {
    // Companies buy often and in volume: they are most of the facturas.
    const ci = rng.chance(0.4) ? rng.pick(companies) : rng.int(0, customers.length - 1);
    const ids: number[] = [];
    let untaxed = 0;
    const nLines = rng.int(1, 4);
    for (let l = 0; l < nLines; l++) {
      const product = records["product.product"][rng.int(0, PRODUCTS.length - 1)];
      const qty = customers[ci].isCompany ? rng.int(2, 40) : rng.int(1, 6);
      const subtotal = qty * Number(product.list_price);
      untaxed += subtotal;
      const id = lines.length + 1;
      ids.push(id);
      lines.push({
        id,
        order_id: i + 1,
        sequence: 10 * (l + 1),
        name: String(product.name),
        product_id: product.id,
        product_uom_qty: qty,
        price_unit: product.list_price,
        price_subtotal: subtotal,
        price_total: Math.round(subtotal * 1.19),
        uom: 1,
        taxes: [1],
      });
    }
    const tax = Math.round(untaxed * 0.19);
    const state = rng.weighted([
      ["sale", 70],
      ["draft", 10],
      ["sent", 10],
      ["cancel", 10],
    ] as const);
    const stamp = odooDatetime(ms);
    orders.push({
      id: i + 1,
      name: `S${String(i + 1).padStart(5, "0")}`,
      partner_id: ci + PARTNER_ID_OFFSET,
      date_order: stamp,
      amount_untaxed: untaxed,
      amount_tax: tax,
      amount_total: untaxed + tax,
      currency_id: CLP_ID,
      state,
      locked: state === "sale" && ms < nowMs - 45 * DAY_MS,
      invoice_status: state === "sale" ? "invoiced" : state === "cancel" ? "no" : "no",
      user_id: 2,
      order_line: ids,
      create_date: stamp,
      write_date: stamp,
    });
  });
  records["sale.order"] = orders;
  records["sale.order.line"] = lines;
  records["account.move"] = seedInvoices(rng, customers, orders, nowMs, Math.round(250 * factor));
  return { records };
}

function seedInvoices(
  rng: Rng,
  customers: Customer[],
  orders: OdooRecord[],
  nowMs: number,
  count: number,
): OdooRecord[] {
  const confirmed = orders.filter((o) => o.state === "sale");
  const today = localDate(nowMs, TZ);
  const drafts: { date: string; ci: number; untaxed: number; origin: string | false; code: number }[] = [];
  for (let i = 0; i < count; i++) {
    const fromOrder = i < confirmed.length && rng.chance(0.75) ? confirmed[i] : null;
    const ci = fromOrder ? Number(fromOrder.partner_id) - PARTNER_ID_OFFSET : rng.int(0, customers.length - 1);
    const date = fromOrder
      ? localDate(Date.parse(`${String(fromOrder.date_order).replace(" ", "T")}Z`), TZ)
      : localDate(nowMs - rng.int(0, 89) * DAY_MS, TZ);
    const code = i % 17 === 5 ? 61 : customers[ci].isCompany ? 33 : 39;
    const untaxed = fromOrder ? Number(fromOrder.amount_untaxed) : rng.int(5, 400) * 1000;
    drafts.push({ date, ci, untaxed, origin: fromOrder ? String(fromOrder.name) : false, code });
  }
  drafts.sort((a, b) => a.date.localeCompare(b.date));
  const seq: Record<number, number> = { 33: 1040, 39: 5120, 61: 87 };
  let postedFacturas = 0;
  return drafts.map((d, i) => {
    const doc = DOC_TYPES[d.code];
    const state = rng.weighted([
      ["posted", 92],
      ["draft", 4],
      ["cancel", 4],
    ] as const);
    const tax = Math.round(d.untaxed * 0.19);
    const total = d.untaxed + tax;
    const due = d.code === 33 ? localDate(Date.parse(`${d.date}T12:00:00Z`) + 30 * DAY_MS, TZ) : d.date;
    let payment = "not_paid";
    if (state === "posted") {
      payment =
        d.code === 39
          ? rng.weighted([
              ["paid", 9],
              ["not_paid", 1],
            ] as const)
          : d.code === 61
            ? "paid"
            : rng.weighted([
                ["paid", 50],
                ["not_paid", 30],
                ["partial", 10],
                ["in_payment", 10],
              ] as const);
      // One factura held by the customer's dispute: `blocked` exists from 18 (NOTES.md).
      if (d.code === 33 && ++postedFacturas === 7) payment = "blocked";
    }
    const residual =
      payment === "not_paid" || payment === "blocked"
        ? total
        : payment === "partial"
          ? Math.round(total * rng.float() * 0.6 + total * 0.2)
          : 0;
    const number = state === "draft" ? false : String(seq[d.code]++).padStart(6, "0");
    const stamp = `${d.date} 15:00:00`;
    return {
      id: i + 1,
      name: number ? `${doc.prefix} ${number}` : "/",
      move_type: d.code === 61 ? "out_refund" : "out_invoice",
      state,
      payment_state: payment,
      date: d.date,
      invoice_date: state === "draft" && d.date === today ? false : d.date,
      invoice_date_due: due,
      partner_id: d.ci + PARTNER_ID_OFFSET,
      amount_untaxed: d.untaxed,
      amount_tax: tax,
      amount_total: total,
      amount_residual: state === "posted" ? residual : total,
      currency_id: CLP_ID,
      invoice_origin: d.origin,
      l10n_latam_document_type_id: doc.id,
      l10n_latam_document_number: number,
      create_date: stamp,
      write_date: stamp,
    };
  });
}
