import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isValidRut } from "../seed/rut";
import type { Sandbox } from "../server";
import { control, ODOO_KEY, request, start } from "./helpers";

let sb: Sandbox;
let rpcId = 0;

async function rpc(service: string, method: string, args: unknown[]) {
  const res = await request(sb.url, "POST", "/odoo/jsonrpc", {
    body: { jsonrpc: "2.0", method: "call", id: ++rpcId, params: { service, method, args } },
  });
  expect(res.status).toBe(200);
  expect(res.body.id).toBe(rpcId);
  return res.body;
}

/** execute_kw's result, failing the test on an error envelope. */
async function kw(model: string, method: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}) {
  const body = await rpc("object", "execute_kw", ["demo", 2, ODOO_KEY, model, method, args, kwargs]);
  expect(body.error, JSON.stringify(body.error?.data?.message)).toBeUndefined();
  return body.result;
}

function j2(model: string, method: string, body: unknown, key = ODOO_KEY) {
  return request(sb.url, "POST", `/odoo/json/2/${model}/${method}`, {
    headers: { Authorization: `bearer ${key}` },
    body,
  });
}

const setVersion = (v: number) => control(sb)("PUT", "/config", { odooVersion: v });
const santiagoDay = (utc: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "America/Santiago" }).format(new Date(`${utc.replace(" ", "T")}Z`));

type Order = {
  id: number;
  name: string;
  state: string;
  amount_total: number;
  partner_id: [number, string];
  date_order: string;
};
let orders: Order[];

beforeAll(async () => {
  sb = await start();
  orders = await kw("sale.order", "search_read", [[]], {
    fields: ["name", "state", "amount_total", "partner_id", "date_order"],
    order: "id",
  });
});
afterAll(() => sb.close());
beforeEach(async () => {
  await setVersion(18);
});

describe("Odoo JSON-RPC", () => {
  it("common.version and authenticate", async () => {
    expect((await rpc("common", "version", [])).result).toMatchObject({
      server_version: "18.0",
      server_version_info: [18, 0, 0, "final", 0, ""],
    });
    expect((await rpc("common", "authenticate", ["demo", "admin", ODOO_KEY, {}])).result).toBe(2);
    expect((await rpc("common", "authenticate", ["demo", "admin", "wrong", {}])).result).toBe(false);
  });

  it("errors come in Odoo's envelope with HTTP 200", async () => {
    const denied = await rpc("object", "execute_kw", ["demo", 2, "wrong", "res.partner", "search_count", [[]]]);
    expect(denied.error).toMatchObject({
      code: 200,
      message: "Odoo Server Error",
      data: { name: "odoo.exceptions.AccessDenied" },
    });
    const forbidden = await rpc("object", "execute_kw", ["demo", 2, ODOO_KEY, "hr.employee", "search_read", [[]]]);
    expect(forbidden.error.data.name).toBe("odoo.exceptions.AccessError");
    const unknown = await rpc("object", "execute_kw", ["demo", 2, ODOO_KEY, "no.such.model", "search_read", [[]]]);
    expect(unknown.error.data.name).toBe("builtins.KeyError");
    const badField = await rpc("object", "execute_kw", [
      "demo",
      2,
      ODOO_KEY,
      "res.partner",
      "search_read",
      [[["nope", "=", 1]]],
    ]);
    expect(badField.error.data.name).toBe("builtins.ValueError");
  });

  it("partners carry valid Chilean RUTs; search_read, search_count and read agree", async () => {
    const partners = await kw("res.partner", "search_read", [[["customer_rank", ">", 0]]], {
      fields: ["name", "vat", "phone"],
    });
    expect(partners.length).toBe(200);
    expect(partners.every((p: { vat: string }) => isValidRut(p.vat))).toBe(true);
    expect(partners.some((p: { vat: string }) => p.vat.startsWith("CL"))).toBe(true);
    expect(partners.every((p: { phone: string }) => /^\+569\d{8}$/.test(p.phone))).toBe(true);
    expect(await kw("res.partner", "search_count", [[["customer_rank", ">", 0]]])).toBe(200);
    const [one] = await kw("res.partner", "read", [[partners[0].id]], { fields: ["name"] });
    expect(one).toEqual({ id: partners[0].id, name: partners[0].name });
  });

  it("invoices: SII document types, mixed payment states, some overdue", async () => {
    const moves = await kw("account.move", "search_read", [[["state", "=", "posted"]]], {
      fields: ["l10n_latam_document_type_id", "payment_state", "invoice_date_due", "amount_residual"],
    });
    const codes = new Set(
      moves.map((m: { l10n_latam_document_type_id: [number, string] }) => m.l10n_latam_document_type_id[1].slice(1, 3)),
    );
    expect([...codes].sort()).toEqual(["33", "39", "61"]);
    expect(new Set(moves.map((m: { payment_state: string }) => m.payment_state)).size).toBeGreaterThanOrEqual(4);
    const today = new Date().toISOString().slice(0, 10);
    const overdue = await kw("account.move", "search_count", [
      ["&", ["payment_state", "in", ["not_paid", "partial"]], ["invoice_date_due", "<", today]],
    ]);
    expect(overdue).toBeGreaterThan(5);
  });
});

describe("domain operators", () => {
  const cases: [string, unknown[], (o: Order) => boolean][] = [
    ["=", [["state", "=", "sale"]], (o) => o.state === "sale"],
    ["!=", [["state", "!=", "sale"]], (o) => o.state !== "sale"],
    [">", [["amount_total", ">", 100000]], (o) => o.amount_total > 100000],
    [">=", [["amount_total", ">=", 100000]], (o) => o.amount_total >= 100000],
    ["<", [["amount_total", "<", 20000]], (o) => o.amount_total < 20000],
    ["<=", [["amount_total", "<=", 20000]], (o) => o.amount_total <= 20000],
    ["in", [["state", "in", ["draft", "sent"]]], (o) => ["draft", "sent"].includes(o.state)],
    ["not in", [["state", "not in", ["draft", "sent"]]], (o) => !["draft", "sent"].includes(o.state)],
    [
      "ilike on many2one",
      [["partner_id", "ilike", "constructora"]],
      (o) => o.partner_id[1].toLowerCase().includes("constructora"),
    ],
    [
      "like is case-sensitive",
      [["partner_id", "like", "Constructora"]],
      (o) => o.partner_id[1].includes("Constructora"),
    ],
    ["=? with false is true", [["state", "=?", false]], () => true],
    ["=? with a value is =", [["state", "=?", "cancel"]], (o) => o.state === "cancel"],
    [
      "| prefix",
      ["|", ["state", "=", "draft"], ["amount_total", ">", 500000]],
      (o) => o.state === "draft" || o.amount_total > 500000,
    ],
    [
      "& prefix and implicit and",
      ["&", ["state", "=", "sale"], ["amount_total", ">", 50000], ["amount_total", "<", 90000]],
      (o) => o.state === "sale" && o.amount_total > 50000 && o.amount_total < 90000,
    ],
    ["! prefix", ["!", ["state", "=", "sale"]], (o) => o.state !== "sale"],
    [
      "nested",
      ["|", "!", ["state", "=", "sale"], "&", ["state", "=", "sale"], ["amount_total", "<", 10000]],
      (o) => o.state !== "sale" || o.amount_total < 10000,
    ],
  ];
  it.each(cases)("%s", async (_name, domain, expected) => {
    const ids: number[] = await kw("sale.order", "search", [domain], { order: "id" });
    const want = orders.filter(expected).map((o) => o.id);
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want);
  });

  it("dotted paths follow many2one fields", async () => {
    const vat = (await kw("res.partner", "read", [[orders[0].partner_id[0]]], { fields: ["vat"] }))[0].vat;
    const ids: number[] = await kw("sale.order", "search", [[["partner_id.vat", "=", vat]]]);
    expect(ids).toContain(orders[0].id);
  });
});

describe("grouping by day in America/Santiago", () => {
  it("read_group counts and sums per local day", async () => {
    const groups = await kw(
      "sale.order",
      "read_group",
      [[["state", "=", "sale"]], ["amount_total:sum"], ["date_order:day"]],
      { lazy: false, context: { tz: "America/Santiago" } },
    );
    const expected = new Map<string, { n: number; sum: number }>();
    for (const o of orders.filter((x) => x.state === "sale")) {
      const k = santiagoDay(o.date_order);
      const e = expected.get(k) ?? { n: 0, sum: 0 };
      expected.set(k, { n: e.n + 1, sum: e.sum + o.amount_total });
    }
    expect(groups.length).toBe(expected.size);
    for (const g of groups) {
      const from = g.__range["date_order:day"].from as string;
      const day = santiagoDay(from);
      expect(g.__count).toBe(expected.get(day)?.n);
      expect(g.amount_total).toBe(expected.get(day)?.sum);
      // Local midnight is 03:00 or 04:00 UTC depending on DST.
      expect(from).toMatch(/ 0[34]:00:00$/);
    }
    // Late orders make the zone matter: some UTC dates differ from the Santiago date.
    expect(orders.some((o) => o.date_order.slice(0, 10) !== santiagoDay(o.date_order))).toBe(true);
    const utcGroups = await kw(
      "sale.order",
      "read_group",
      [[["state", "=", "sale"]], ["amount_total:sum"], ["date_order:day"]],
      { lazy: false },
    );
    expect(utcGroups.map((g: { __count: number }) => g.__count)).not.toEqual(
      groups.map((g: { __count: number }) => g.__count),
    );
  });

  it("lazy read_group by month and many2one", async () => {
    const months = await kw(
      "account.move",
      "read_group",
      [[], ["amount_total"], ["invoice_date:month", "partner_id"]],
      {},
    );
    expect(months[0]).toHaveProperty("invoice_date_count");
    expect(months[0].__context).toEqual({ group_by: ["partner_id"] });
    const byPartner = await kw("sale.order", "read_group", [[], ["amount_total:sum"], ["partner_id"]], {
      lazy: false,
      limit: 3,
    });
    expect(byPartner[0].partner_id).toEqual([expect.any(Number), expect.any(String)]);
  });

  it("formatted_read_group exists from 19 only", async () => {
    const missing = await rpc("object", "execute_kw", [
      "demo",
      2,
      ODOO_KEY,
      "sale.order",
      "formatted_read_group",
      [[]],
      { groupby: ["date_order:day"] },
    ]);
    expect(missing.error.data.name).toBe("builtins.AttributeError");
    await setVersion(19);
    const res = await j2("sale.order", "formatted_read_group", {
      domain: [["state", "=", "sale"]],
      groupby: ["date_order:day"],
      aggregates: ["amount_total:sum", "__count"],
    });
    expect(res.status).toBe(200);
    const first = res.body[0];
    expect(first["date_order:day"]).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), expect.any(String)]);
    const day = first["date_order:day"][0];
    const expected = orders.filter((o) => o.state === "sale" && santiagoDay(o.date_order) === day);
    expect(first.__count).toBe(expected.length);
    expect(first["amount_total:sum"]).toBe(expected.reduce((s, o) => s + o.amount_total, 0));
  });
});

describe("JSON-2 and versions", () => {
  it("404s on 17 and 18 like an Odoo without the route", async () => {
    for (const v of [17, 18]) {
      await setVersion(v);
      expect((await j2("res.partner", "search_read", { domain: [] })).status).toBe(404);
    }
  });

  it("on 19: bearer key, bare results, Odoo's status codes", async () => {
    await setVersion(19);
    expect((await request(sb.url, "GET", "/odoo/web/version")).body).toEqual({
      version_info: [19, 0, 0, "final", 0, ""],
      version: "19.0",
    });
    const ok = await j2("res.partner", "search_read", {
      domain: [["is_company", "=", true]],
      fields: ["name", "vat"],
      limit: 5,
      order: "id",
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toHaveLength(5);
    const read = await j2("sale.order", "read", { ids: [1, 2], fields: ["name"] });
    expect(read.body.map((r: { name: string }) => r.name)).toEqual(["S00001", "S00002"]);
    expect((await j2("res.partner", "search_read", {}, "wrong")).status).toBe(401);
    expect((await j2("no.model", "search_read", {})).status).toBe(404);
    expect((await j2("res.partner", "no_method", {})).status).toBe(404);
    expect((await j2("res.partner", "search_read", { bogus: 1 })).status).toBe(422);
    expect((await j2("res.partner", "search_read", { domain: [["nope", "=", 1]] })).status).toBe(422);
    expect((await j2("hr.employee", "search_read", {})).status).toBe(403);
    expect((await j2("sale.order", "read", { ids: [999999] })).status).toBe(404);
  });

  it("field differences across 17, 18 and 19", async () => {
    const fieldsOf = async (model: string) => Object.keys(await kw(model, "fields_get", [], { attributes: ["type"] }));
    await setVersion(17);
    expect(await fieldsOf("res.partner")).toContain("mobile");
    expect(await fieldsOf("product.product")).toContain("detailed_type");
    expect(await fieldsOf("sale.order.line")).toContain("product_uom");
    const states17 = (await kw("account.move", "search_read", [[]], { fields: ["payment_state"] })).map(
      (m: { payment_state: string }) => m.payment_state,
    );
    expect(states17).not.toContain("blocked");
    await setVersion(18);
    expect(await fieldsOf("product.product")).toContain("is_storable");
    expect(await fieldsOf("product.product")).not.toContain("detailed_type");
    const states18 = (await kw("account.move", "search_read", [[]], { fields: ["payment_state"] })).map(
      (m: { payment_state: string }) => m.payment_state,
    );
    expect(states18).toContain("blocked");
    await setVersion(19);
    expect(await fieldsOf("res.partner")).not.toContain("mobile");
    expect(await fieldsOf("sale.order.line")).toEqual(expect.arrayContaining(["product_uom_id", "tax_ids"]));
    const bad = await rpc("object", "execute_kw", [
      "demo",
      2,
      ODOO_KEY,
      "res.partner",
      "search_read",
      [[]],
      { fields: ["mobile"] },
    ]);
    expect(bad.error.data.name).toBe("builtins.ValueError");
  });
});
