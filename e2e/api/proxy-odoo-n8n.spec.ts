import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";
import { connectSandbox, sandboxConnections, sandboxUrl } from "../support/sandbox";

// The Odoo and n8n proxies against the running app and the sandbox: shapes, values spot-checked
// against the sandbox's own answers, and n8n's activate/deactivate recorded once each.

let api: APIRequestContext;
let odoo: string;
let n8n: string;

type Partner = { id: number; name: string; vat: string | null; email: string | null; phone: string | null };
type Order = {
  id: number;
  name: string;
  partner: { id: number } | null;
  dateOrder: string;
  amountTotal: number;
  state: string;
};
type Invoice = {
  id: number;
  name: string;
  paymentState: string;
  invoiceDate: string;
  amountTotal: number;
  partner: { id: number };
};
type OdooPage<T> = { items: T[]; limit: number; offset: number; hasMore: boolean };
type Workflow = { id: string; name: string; active: boolean; tags: { name: string }[]; triggerTypes: string[] };
type Execution = { id: string; workflowId: string; status: string; error: { message: string } | null; data?: unknown };

async function ok<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

/** Odoo's own answer over JSON-RPC, straight from the sandbox. */
async function odooRead(model: string, domain: unknown[], fields: string[]): Promise<Record<string, unknown>[]> {
  const { baseUrl, database, apiKey } = sandboxConnections.odoo;
  const res = await fetch(`${baseUrl}/jsonrpc`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      method: "call",
      id: 1,
      params: {
        service: "object",
        method: "execute_kw",
        args: [database, 2, apiKey, model, "search_read", [domain], { fields }],
      },
    }),
  });
  return ((await res.json()) as { result: Record<string, unknown>[] }).result;
}

async function n8nSent(): Promise<{ kind: string; path: string }[]> {
  return (await (await fetch(`${sandboxUrl}/__sandbox/sent?service=n8n`)).json()) as { kind: string; path: string }[];
}

const santiagoDay = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Santiago",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);

test.beforeAll(async ({ baseURL }) => {
  api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, "Proxy Odoo n8n");
  const tenant = await createWorkspaceViaApi(api, "Proxy Odoo n8n");
  await connectSandbox(api, tenant.id);
  odoo = `/api/odoo/${tenant.id}`;
  n8n = `/api/n8n/${tenant.id}`;
});

test.afterAll(async () => {
  await api.dispose();
});

test("partners: pages, and a search by RUT typed with dots finds the partner Odoo has", async () => {
  const first = await ok<OdooPage<Partner>>(await api.get(`${odoo}/partners?limit=20`));
  expect(first).toMatchObject({ limit: 20, offset: 0, hasMore: true });
  expect(first.items).toHaveLength(20);
  const next = await ok<OdooPage<Partner>>(await api.get(`${odoo}/partners?limit=20&offset=20`));
  expect(next.items.map((p) => p.id)).not.toContain(first.items[0].id);

  const [upstream] = await odooRead("res.partner", [["id", "=", 10]], ["name", "vat", "email"]);
  expect(upstream.vat).toMatch(/^(CL)?\d{7,8}-[\dK]$/);
  const rut = String(upstream.vat).replace(/^CL/, "");
  const [body, dv] = rut.split("-");
  const dotted = `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${dv.toLowerCase()}`;
  const found = await ok<OdooPage<Partner>>(await api.get(`${odoo}/partners?q=${encodeURIComponent(dotted)}`));
  expect(found.items.find((p) => p.id === 10)).toMatchObject({ name: upstream.name, vat: upstream.vat });

  const byName = await ok<OdooPage<Partner>>(
    await api.get(`${odoo}/partners?q=${encodeURIComponent(String(upstream.name))}`),
  );
  expect(byName.items.map((p) => p.id)).toContain(10);

  expect((await api.get(`${odoo}/partners?limit=1000`)).status()).toBe(400);
});

test("a partner's orders and invoices are theirs, newest first, amounts as CLP numbers", async () => {
  const orders = await ok<OdooPage<Order>>(await api.get(`${odoo}/partners/10/orders`));
  const upstreamOrders = await odooRead("sale.order", [["partner_id", "=", 10]], ["name"]);
  expect(orders.items.map((o) => o.name).sort()).toEqual(upstreamOrders.map((o) => String(o.name)).sort());
  for (const o of orders.items) {
    expect(o.partner?.id).toBe(10);
    expect(typeof o.amountTotal).toBe("number");
  }
  const dates = orders.items.map((o) => o.dateOrder);
  expect([...dates].sort().reverse()).toEqual(dates);

  const invoices = await ok<OdooPage<Invoice>>(await api.get(`${odoo}/partners/10/invoices`));
  for (const i of invoices.items) {
    expect(i.partner.id).toBe(10);
    expect(i.invoiceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  expect((await api.get(`${odoo}/partners/diez/orders`)).status()).toBe(400);
  expect((await api.get(`${odoo}/partners/0/invoices`)).status()).toBe(400);
});

test("products with CLP prices, searched by name or code", async () => {
  type Product = { id: number; name: string; code: string | null; listPrice: number; qtyAvailable: number };
  const all = await ok<OdooPage<Product>>(await api.get(`${odoo}/products?limit=100`));
  expect(all.items).toHaveLength(40);
  expect(all.hasMore).toBe(false);
  const withCode = all.items.find((p) => p.code);
  if (!withCode?.code) throw new Error("the seed has product codes");
  expect(Number.isInteger(withCode.listPrice)).toBe(true);
  const found = await ok<OdooPage<Product>>(await api.get(`${odoo}/products?q=${encodeURIComponent(withCode.code)}`));
  expect(found.items.map((p) => p.id)).toEqual([withCode.id]);
});

test("orders and invoices by date, and sales KPIs grouped by Odoo that add up to the orders", async () => {
  const to = santiagoDay(new Date());
  const from = santiagoDay(new Date(Date.now() - 29 * 86_400_000));

  const orders: Order[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await ok<OdooPage<Order>>(
      await api.get(`${odoo}/orders?from=${from}&to=${to}&limit=200&offset=${offset}`),
    );
    orders.push(...page.items);
    if (!page.hasMore) break;
  }
  expect(orders.length).toBeGreaterThan(10);
  for (const o of orders) {
    const day = santiagoDay(new Date(o.dateOrder));
    expect(day >= from && day <= to, `${o.name} on ${day}`).toBe(true);
  }
  const confirmed = orders.filter((o) => o.state === "sale");

  type Kpis = {
    currency: string;
    groupBy: string;
    points: { period: string; revenue: number; orders: number }[];
    totals: { revenue: number; orders: number };
  };
  const daily = await ok<Kpis>(await api.get(`${odoo}/kpis/sales?from=${from}&to=${to}&groupBy=day`));
  expect(daily).toMatchObject({ currency: "CLP", groupBy: "day" });
  expect(daily.totals.orders).toBe(confirmed.length);
  const revenue = confirmed.reduce((s, o) => s + o.amountTotal, 0);
  expect(Math.abs(daily.totals.revenue - revenue)).toBeLessThanOrEqual(daily.points.length);
  for (const p of daily.points) expect(p.period >= from && p.period <= to).toBe(true);
  // Each day's count is what the orders list says for that Santiago day.
  const busiest = [...daily.points].sort((x, y) => y.orders - x.orders)[0];
  expect(confirmed.filter((o) => santiagoDay(new Date(o.dateOrder)) === busiest.period)).toHaveLength(busiest.orders);

  const monthly = await ok<Kpis>(await api.get(`${odoo}/kpis/sales?from=${from}&to=${to}&groupBy=month`));
  expect(monthly.points.every((p) => /^\d{4}-\d{2}$/.test(p.period))).toBe(true);
  expect(monthly.totals).toEqual(daily.totals);

  const unpaid = await ok<OdooPage<Invoice>>(await api.get(`${odoo}/invoices?paymentState=not_paid&limit=200`));
  expect(unpaid.items.length).toBeGreaterThan(0);
  expect(unpaid.items.every((i) => i.paymentState === "not_paid")).toBe(true);
  const ranged = await ok<OdooPage<Invoice>>(await api.get(`${odoo}/invoices?from=${from}&to=${to}&limit=200`));
  expect(ranged.items.every((i) => i.invoiceDate >= from && i.invoiceDate <= to)).toBe(true);

  for (const q of [
    `from=${to}&to=${from}`,
    "from=2026-02-30&to=2026-03-01",
    "from=01-01-2026&to=2026-01-31",
    "from=2024-01-01&to=2026-01-01&groupBy=day",
    "from=2026-01-01&to=2026-01-31&groupBy=week",
  ]) {
    expect((await api.get(`${odoo}/kpis/sales?${q}`)).status(), q).toBe(400);
  }
});

test("n8n workflows: filters, and activate/deactivate reach n8n once each", async () => {
  const all = await ok<{ items: Workflow[]; nextCursor: string | null }>(await api.get(`${n8n}/workflows`));
  expect(all.items.map((w) => w.name)).toEqual(
    expect.arrayContaining(["Reporte diario de ventas", "Encuesta de satisfacción post-venta"]),
  );
  const active = await ok<{ items: Workflow[] }>(await api.get(`${n8n}/workflows?active=true`));
  expect(active.items.length).toBeGreaterThan(0);
  expect(active.items.every((w) => w.active)).toBe(true);
  const tagged = await ok<{ items: Workflow[] }>(await api.get(`${n8n}/workflows?tags=cobranza`));
  expect(tagged.items.map((w) => w.name)).toEqual(["Recordatorio de facturas vencidas"]);

  const survey = all.items.find((w) => w.name === "Encuesta de satisfacción post-venta");
  if (!survey) throw new Error("seeded workflow missing");
  const before = (await n8nSent()).length;
  try {
    const on = await ok<{ workflow: Workflow }>(await api.post(`${n8n}/workflows/${survey.id}/activate`));
    expect(on.workflow).toMatchObject({ id: survey.id, active: true });
    const off = await ok<{ workflow: Workflow }>(await api.post(`${n8n}/workflows/${survey.id}/deactivate`));
    expect(off.workflow).toMatchObject({ id: survey.id, active: false });
  } finally {
    if (!survey.active) await api.post(`${n8n}/workflows/${survey.id}/deactivate`);
  }
  expect((await n8nSent()).slice(before, before + 2).map((e) => e.kind)).toEqual([
    "workflow_activated",
    "workflow_deactivated",
  ]);

  // n8n's refusals keep their meaning: no trigger → 422, a clashing webhook path → 409.
  const manual = all.items.find((w) => w.name === "Respaldo manual de contactos");
  const clash = all.items.find((w) => w.name === "Pedido confirmado v2 (borrador)");
  const noTrigger = await api.post(`${n8n}/workflows/${manual?.id}/activate`);
  expect(noTrigger.status()).toBe(422);
  expect((await noTrigger.json()).error.message).toMatch(/disparador/);
  expect((await api.post(`${n8n}/workflows/${clash?.id}/activate`)).status()).toBe(409);

  expect((await api.post(`${n8n}/workflows/..%2Fexecutions/activate`)).status()).toBe(400);
  expect((await api.get(`${n8n}/workflows?active=si`)).status()).toBe(400);
});

test("n8n executions: cursor paging, filters, and one execution's error without its run data", async () => {
  const first = await ok<{ items: Execution[]; nextCursor: string | null }>(
    await api.get(`${n8n}/executions?limit=10`),
  );
  expect(first.items).toHaveLength(10);
  expect(first.nextCursor).toEqual(expect.any(String));
  const second = await ok<{ items: Execution[] }>(
    await api.get(`${n8n}/executions?limit=10&cursor=${encodeURIComponent(first.nextCursor ?? "")}`),
  );
  expect(second.items.map((e) => e.id)).not.toContain(first.items[0].id);

  const failed = await ok<{ items: Execution[] }>(await api.get(`${n8n}/executions?status=error&limit=5`));
  expect(failed.items.length).toBeGreaterThan(0);
  expect(failed.items.every((e) => e.status === "error")).toBe(true);
  const wf = failed.items[0].workflowId;
  const ofWorkflow = await ok<{ items: Execution[] }>(await api.get(`${n8n}/executions?workflowId=${wf}&limit=20`));
  expect(ofWorkflow.items.every((e) => e.workflowId === wf)).toBe(true);

  const { execution } = await ok<{ execution: Execution }>(await api.get(`${n8n}/executions/${failed.items[0].id}`));
  expect(execution).toMatchObject({ id: failed.items[0].id, status: "error" });
  expect(execution.error?.message).toEqual(expect.any(String));
  expect(execution).not.toHaveProperty("data");
  const withData = await ok<{ execution: Execution }>(
    await api.get(`${n8n}/executions/${failed.items[0].id}?includeData=true`),
  );
  expect(withData.execution.data).toBeTruthy();

  expect((await api.get(`${n8n}/executions?status=fallida`)).status()).toBe(400);
  expect((await api.get(`${n8n}/executions?limit=1000`)).status()).toBe(400);
});
