import { describe, expect, it, vi } from "vitest";
import type { OdooClient } from "@/lib/integrations/odoo/client";
import type { GroupRow } from "@/lib/integrations/odoo/transform";
import { localDayRange } from "./dates";
import { listOrders, partnerSearchDomain, rutSearchForm, salesKpis, searchPartners } from "./queries";

/** Only the methods the queries use; the rest of the client is never reached. */
function fakeOdoo(over: {
  searchRead?: OdooClient["searchRead"];
  readGroup?: OdooClient["readGroup"];
  major?: number;
}) {
  return {
    detectVersion: async () => ({ serverVersion: `${over.major ?? 18}.0`, major: over.major ?? 18 }),
    searchRead: over.searchRead ?? (async () => []),
    readGroup: over.readGroup ?? (async () => []),
  } as unknown as OdooClient;
}

describe("Santiago days → Odoo's UTC datetimes", () => {
  it("starts a winter day at 04:00 UTC and a summer day at 03:00 UTC", () => {
    expect(localDayRange("date_order", "2026-07-15")).toEqual([["date_order", ">=", "2026-07-15 04:00:00"]]);
    expect(localDayRange("date_order", "2026-01-15")).toEqual([["date_order", ">=", "2026-01-15 03:00:00"]]);
  });

  it("makes `to` inclusive by ending before the next local day", () => {
    expect(localDayRange("date_order", "2026-01-01", "2026-01-31")).toEqual([
      ["date_order", ">=", "2026-01-01 03:00:00"],
      ["date_order", "<", "2026-02-01 03:00:00"],
    ]);
    expect(localDayRange("date_order")).toEqual([]);
  });
});

describe("partner search", () => {
  it("reads a typed RUT in the stored form", () => {
    expect(rutSearchForm("76.086.428-k")).toBe("76086428-K");
    expect(rutSearchForm("76086428")).toBe("76086428");
    expect(rutSearchForm("Constructora")).toBeNull();
  });

  it("matches name, email, phone and RUT, and mobile before Odoo 19", () => {
    const d18 = partnerSearchDomain("76.086.428-5", 18);
    expect(d18.filter((t) => t === "|")).toHaveLength(4);
    expect(d18).toContainEqual(["vat", "ilike", "76086428-5"]);
    expect(d18).toContainEqual(["mobile", "ilike", "76.086.428-5"]);
    const d19 = partnerSearchDomain("ana", 19);
    expect(d19.filter((t) => t === "|")).toHaveLength(3);
    expect(d19).not.toContainEqual(["mobile", "ilike", "ana"]);
  });

  it("asks for one row more than the page to tell whether there is another", async () => {
    const searchRead = vi.fn(async () => [1, 2, 3].map((id) => ({ id, name: `P${id}`, vat: "76086428-5" })));
    const page = await searchPartners(fakeOdoo({ searchRead }), { q: "p", limit: 2, offset: 4 });
    expect(searchRead).toHaveBeenCalledWith(
      "res.partner",
      expect.any(Array),
      expect.objectContaining({ limit: 3, offset: 4 }),
    );
    expect(page).toMatchObject({ limit: 2, offset: 4, hasMore: true });
    expect(page.items.map((p) => p.id)).toEqual([1, 2]);
    expect(page.items[0].vat).toBe("76086428-5");
  });

  it("filters orders by local day", async () => {
    const searchRead = vi.fn(async () => []);
    await listOrders(fakeOdoo({ searchRead }), { from: "2026-07-01", to: "2026-07-01", limit: 10, offset: 0 });
    expect(searchRead).toHaveBeenCalledWith(
      "sale.order",
      [
        ["date_order", ">=", "2026-07-01 04:00:00"],
        ["date_order", "<", "2026-07-02 04:00:00"],
      ],
      expect.objectContaining({ order: "date_order desc, id desc" }),
    );
  });
});

describe("sales KPIs", () => {
  const row = (value: string, total: number, count: number): GroupRow => ({
    keys: { "date_order:day": { value, label: null }, "date_order:month": { value, label: null } },
    count,
    values: { "amount_total:sum": total },
  });

  it("groups confirmed orders in Odoo and sums whole pesos in period order", async () => {
    const readGroup = vi.fn(async () => [row("2026-07-02", 119_000.4, 2), row("2026-07-01", 50_000, 1)]);
    const kpis = await salesKpis(fakeOdoo({ readGroup }), { from: "2026-07-01", to: "2026-07-02", groupBy: "day" });
    expect(readGroup).toHaveBeenCalledWith(
      "sale.order",
      [
        ["state", "in", ["sale", "done"]],
        ["date_order", ">=", "2026-07-01 04:00:00"],
        ["date_order", "<", "2026-07-03 04:00:00"],
      ],
      { groupby: ["date_order:day"], aggregates: ["amount_total:sum"] },
    );
    expect(kpis).toEqual({
      currency: "CLP",
      groupBy: "day",
      from: "2026-07-01",
      to: "2026-07-02",
      points: [
        { period: "2026-07-01", revenue: 50_000, orders: 1 },
        { period: "2026-07-02", revenue: 119_000, orders: 2 },
      ],
      totals: { revenue: 169_000, orders: 3 },
    });
  });

  it("names months YYYY-MM", async () => {
    const readGroup = vi.fn(async () => [row("2026-06-01", 10, 1)]);
    const kpis = await salesKpis(fakeOdoo({ readGroup }), { from: "2026-06-01", to: "2026-07-31", groupBy: "month" });
    expect(kpis.points).toEqual([{ period: "2026-06", revenue: 10, orders: 1 }]);
  });
});
