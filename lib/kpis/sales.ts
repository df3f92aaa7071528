import { type DayRange, dayCount, daysOf, previousRange } from "@/lib/format/santiago-range";
import type { OdooClient } from "@/lib/integrations/odoo/client";
import { localDayRange } from "@/lib/proxy/odoo/dates";
import { salesKpis } from "@/lib/proxy/odoo/queries";
import type { SalesKpis } from "./kpi-types";
import { clp, ratio } from "./stats";

// Sales figures from Odoo's own grouping (read_group / formatted_read_group with tz America/Santiago),
// never from pulling orders: a shop with years of orders costs the same two calls.

const CONFIRMED_LINES = [["order_id.state", "in", ["sale", "done"]]];

/** Revenue (CLP, IVA included) and order count per Santiago day, every day of the range present. */
export async function revenueByDay(odoo: OdooClient, range: DayRange) {
  const res = await salesKpis(odoo, { ...range, groupBy: "day" });
  const byDay = new Map(res.points.map((p) => [p.period, p]));
  return daysOf(range).map((day) => ({
    day,
    revenue: byDay.get(day)?.revenue ?? 0,
    orders: byDay.get(day)?.orders ?? 0,
  }));
}

/** Products by revenue (line totals with IVA, like the orders' amount_total) in confirmed orders. */
export async function topProducts(odoo: OdooClient, range: DayRange, limit = 10) {
  const rows = await odoo.readGroup(
    "sale.order.line",
    [...CONFIRMED_LINES, ...localDayRange("order_id.date_order", range.from, range.to)],
    { groupby: ["product_id"], aggregates: ["price_total:sum", "product_uom_qty:sum"] },
  );
  return rows
    .filter((r) => typeof r.keys.product_id?.value === "number")
    .map((r) => ({
      productId: r.keys.product_id.value as number,
      name: r.keys.product_id.label ?? "",
      revenue: clp(r.values["price_total:sum"] ?? 0),
      quantity: r.values["product_uom_qty:sum"] ?? 0,
    }))
    .sort((a, b) => b.revenue - a.revenue || a.productId - b.productId)
    .slice(0, limit);
}

export async function salesFigures(odoo: OdooClient, range: DayRange): Promise<SalesKpis> {
  const prev = previousRange(range);
  const [days, previousDays, top] = await Promise.all([
    revenueByDay(odoo, range),
    revenueByDay(odoo, prev),
    topProducts(odoo, range),
  ]);
  const total = (d: typeof days) =>
    d.reduce((t, p) => ({ revenue: t.revenue + p.revenue, orders: t.orders + p.orders }), { revenue: 0, orders: 0 });
  const cur = total(days);
  const before = total(previousDays);
  const n = dayCount(range);
  return {
    range,
    previousRange: prev,
    // Day i of the range is drawn against day i of the previous period.
    days: days.map((d, i) => ({ ...d, previousRevenue: previousDays[i]?.revenue ?? 0 })),
    revenue: { current: cur.revenue, previous: before.revenue },
    orders: { current: cur.orders, previous: before.orders },
    averageOrderValue: {
      current: clp(ratio(cur.revenue, cur.orders)),
      previous: clp(ratio(before.revenue, before.orders)),
    },
    ordersPerDay: { current: ratio(cur.orders, n), previous: ratio(before.orders, n) },
    topProducts: top,
  };
}
