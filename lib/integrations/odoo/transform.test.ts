import { describe, expect, it } from "vitest";
import { localDay, normalizeGroupRows, toInvoice, toPartner, toProduct, toRef, toSaleOrder } from "./transform";

describe("Odoo transforms", () => {
  it("reads many2one pairs and Odoo's false", () => {
    expect(toRef([7, "CLP"])).toEqual({ id: 7, name: "CLP" });
    expect(toRef(false)).toBeNull();
    const p = toPartner({
      id: 10,
      name: "Ferretería",
      email: false,
      phone: false,
      mobile: "+56911112222",
      vat: "76086428-5",
    });
    expect(p).toMatchObject({ email: null, phone: "+56911112222", vat: "76086428-5", isCompany: false });
  });

  it("turns naive UTC datetimes into ISO and keeps dates as days", () => {
    const o = toSaleOrder({ id: 1, name: "S00001", date_order: "2026-11-05 02:30:00", partner_id: [10, "X"] });
    expect(o.dateOrder).toBe("2026-11-05T02:30:00.000Z");
    const i = toInvoice({
      id: 1,
      invoice_date: "2026-11-04",
      invoice_date_due: false,
      l10n_latam_document_type_id: [33, "Factura"],
    });
    expect(i).toMatchObject({ invoiceDate: "2026-11-04", dueDate: null, documentType: { id: 33 } });
  });

  it("reads product kinds on 17 and 18+", () => {
    expect(toProduct({ id: 1, detailed_type: "product" }).kind).toBe("storable");
    expect(toProduct({ id: 1, type: "consu", is_storable: true }).kind).toBe("storable");
    expect(toProduct({ id: 1, type: "service", is_storable: false }).kind).toBe("service");
  });

  it("reads a UTC instant as the Santiago calendar day (02:30 UTC is the previous evening)", () => {
    expect(localDay("2026-11-05 02:30:00", "America/Santiago")).toBe("2026-11-04");
    expect(localDay("2026-11-05", "America/Santiago")).toBe("2026-11-05");
  });

  it("gives read_group and formatted_read_group rows one shape", () => {
    const q = { groupby: ["date_order:day"], aggregates: ["amount_total:sum"], tz: "America/Santiago" };
    const old = normalizeGroupRows(
      [
        {
          "date_order:day": "05 Nov 2026",
          __count: 3,
          amount_total: 150_000,
          __range: { "date_order:day": { from: "2026-11-05 03:00:00", to: "2026-11-06 03:00:00" } },
        },
      ],
      { ...q, style: "read_group" },
    );
    const modern = normalizeGroupRows(
      [{ "date_order:day": ["2026-11-05", "05 Nov 2026"], __count: 3, "amount_total:sum": 150_000 }],
      { ...q, style: "formatted" },
    );
    const expected = {
      keys: { "date_order:day": { value: "2026-11-05", label: "05 Nov 2026" } },
      count: 3,
      values: { "amount_total:sum": 150_000 },
    };
    expect(old).toEqual([expected]);
    expect(modern).toEqual([expected]);
  });

  it("reads a lazy count and an empty group", () => {
    const rows = normalizeGroupRows([{ partner_id: false, partner_id_count: 2, amount_total: false }], {
      groupby: ["partner_id"],
      aggregates: ["amount_total:sum"],
      style: "read_group",
      tz: "UTC",
    });
    expect(rows[0]).toEqual({
      keys: { partner_id: { value: null, label: null } },
      count: 2,
      values: { "amount_total:sum": 0 },
    });
  });
});
