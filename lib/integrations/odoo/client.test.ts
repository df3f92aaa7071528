import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "@/lib/validation";
import { ODOO, rejection, startTestSandbox, type TestSandbox } from "../testing/sandbox";
import { createOdooClient } from "./client";
import {
  INVOICE_FIELDS,
  partnerFields,
  productFields,
  SALE_ORDER_FIELDS,
  toInvoice,
  toPartner,
  toProduct,
  toSaleOrder,
} from "./transform";

let sb: TestSandbox;
const client = (over: Partial<typeof ODOO> = {}, timeoutMs = 2_000) =>
  createOdooClient(
    { baseUrl: sb.odooUrl, ...ODOO, ...over },
    { timeoutMs, backoff: { baseMs: 10, maxMs: 40 }, tenantId: "t-odoo" },
  );

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe.each([17, 18, 19] as const)("Odoo %i against the sandbox", (v) => {
  beforeEach(() => sb.setOdooVersion(v));

  it("detects the version and picks the transport", async () => {
    const c = client();
    expect(await c.detectVersion()).toEqual({ serverVersion: `${v}.0`, major: v });
    expect(await c.transport()).toBe(v >= 19 ? "json2" : "jsonrpc");
  });

  it("reads partners, products, orders and invoices into the Hub's shapes", async () => {
    const c = client();
    const partners = await c.searchRead("res.partner", [["customer_rank", ">", 0]], {
      fields: partnerFields(v),
      limit: 5,
      order: "id asc",
    });
    expect(partners).toHaveLength(5);
    const p = toPartner(partners[0]);
    expect(p.vat).toMatch(/^(CL)?\d{7,8}-[\dK]$/);
    expect(p.updatedAt).toMatch(/Z$/);
    const products = (await c.searchRead("product.product", [], { fields: productFields(v), limit: 3 })).map(toProduct);
    expect(products[0].listPrice).toBeGreaterThan(0);
    expect(products[0].category?.name).toBeTruthy();
    const orders = await c.searchRead("sale.order", [["state", "=", "sale"]], {
      fields: SALE_ORDER_FIELDS,
      limit: 2,
      offset: 1,
    });
    const o = toSaleOrder(orders[0]);
    expect(o.partner?.id).toBeGreaterThanOrEqual(10);
    expect(o.dateOrder).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    const invoices = await c.searchRead("account.move", [["move_type", "=", "out_invoice"]], {
      fields: INVOICE_FIELDS,
      limit: 1,
    });
    expect(toInvoice(invoices[0]).documentType?.name).toBeTruthy();
  });

  it("counts, reads by id and lists fields", async () => {
    const c = client();
    expect(await c.searchCount("sale.order", [])).toBe(300);
    const [rec] = await c.read("res.partner", [10], ["name", "vat"]);
    expect(rec.id).toBe(10);
    const fields = await c.fieldsGet("res.partner");
    expect(fields.name.type).toBe("char");
    expect("mobile" in fields).toBe(v < 19);
  });

  it("groups sales by Santiago day with totals and counts", async () => {
    const rows = await client().readGroup("sale.order", [["state", "in", ["sale", "sent", "draft"]]], {
      groupby: ["date_order:day"],
      aggregates: ["amount_total:sum"],
    });
    expect(rows.length).toBeGreaterThan(20);
    const r = rows[0];
    expect(r.keys["date_order:day"].value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.keys["date_order:day"].label).toMatch(/^\d{2} \w{3} \d{4}$/);
    expect(r.count).toBeGreaterThan(0);
    expect(r.values["amount_total:sum"]).toBeGreaterThan(0);
    const byPartner = await client().readGroup("sale.order", [], {
      groupby: ["partner_id"],
      aggregates: ["amount_total:sum"],
    });
    expect(typeof byPartner[0].keys.partner_id.value).toBe("number");
    expect(byPartner.reduce((s, x) => s + x.count, 0)).toBe(300);
  });

  it("maps Odoo's errors: access, unknown model, bad key, unknown database", async () => {
    expect(await rejection(client().searchRead("hr.employee", [], { fields: ["name"] }))).toMatchObject({
      code: "upstream_forbidden",
    });
    expect(await rejection(client().searchCount("no.such.model", []))).toMatchObject({ code: "upstream_not_found" });
    expect(await rejection(client().searchRead("res.partner", [], { fields: ["nope"] }))).toMatchObject({
      code: "unprocessable",
    });
    const badKey = await rejection(client({ apiKey: "expired" }).searchCount("res.partner", []));
    expect(badKey).toMatchObject({ code: "upstream_unauthorized", service: "odoo" });
    const badDb = await rejection(client({ database: "otra" }).searchCount("res.partner", []));
    expect(badDb).toMatchObject({ code: "upstream_not_found" });
    expect((badDb as Error).message).toContain("«otra» no existe");
  });
});

describe("Odoo under faults", () => {
  it("falls back to common.version when /web/version does not answer JSON", async () => {
    await sb.setOdooVersion(19);
    await sb.fault({ service: "odoo", route: "/web/version", mode: "malformed" });
    const c = client();
    expect(await c.detectVersion()).toEqual({ serverVersion: "19.0", major: 19 });
    expect(await c.transport()).toBe("json2");
  });

  it.each([
    [{ mode: "delay", ms: 1_000 }, "upstream_timeout"],
    [{ mode: "hang" }, "upstream_timeout"],
    [{ mode: "status", status: 500 }, "upstream_unavailable"],
    [{ mode: "status", status: 502 }, "upstream_unavailable"],
    [{ mode: "status", status: 429, retryAfter: 60 }, "upstream_rate_limited"],
    [{ mode: "malformed" }, "upstream_bad_response"],
    [{ mode: "reset" }, "upstream_unavailable"],
  ])("a JSON-RPC read with %o → %s", async (fault, code) => {
    const c = client({}, 400);
    await c.detectVersion();
    await sb.fault({ service: "odoo", route: "/jsonrpc", ...fault });
    expect(await rejection(c.searchCount("res.partner", []))).toMatchObject({ code, service: "odoo" });
  });

  it("retries a read RPC (a POST marked idempotent) but never a write", async () => {
    const c = client();
    await c.searchCount("res.partner", []); // version and uid cached
    await sb.fault({ service: "odoo", route: "/jsonrpc", mode: "status", status: 503, times: 2 });
    expect(await c.searchCount("res.partner", [])).toBeGreaterThan(0);
    await sb.fault({ service: "odoo", route: "/jsonrpc", mode: "status", status: 503, times: 3 });
    const e = await rejection(
      c.execute({ model: "res.partner", method: "create", kwargs: { vals_list: [{ name: "X" }] } }, z.unknown()),
    );
    expect(e).toMatchObject({ code: "upstream_unavailable" });
    expect(await sb.control("GET", "/faults")).toMatchObject([{ times: 2 }]);
  });

  it("maps JSON-2 faults on 19 too", async () => {
    await sb.setOdooVersion(19);
    await sb.fault({ service: "odoo", route: "/json/2/", mode: "status", status: 503 });
    expect(await rejection(client({}, 400).searchCount("res.partner", []))).toMatchObject({
      code: "upstream_unavailable",
      upstreamStatus: 503,
    });
  });
});
