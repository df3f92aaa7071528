import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createChatwootClient } from "@/lib/integrations/chatwoot/client";
import { createN8nClient } from "@/lib/integrations/n8n/client";
import { createOdooClient } from "@/lib/integrations/odoo/client";
import { CW, N8N, ODOO, startTestSandbox, type TestSandbox } from "@/lib/integrations/testing/sandbox";
import { createWorld } from "@/sandbox/seed/index";
import type { World } from "@/sandbox/state";
import { automationStats, executionsSince, workflowNames } from "./automation";
import { conversationsCreatedSince } from "./chatwoot-scan";
import { invoiceFigures, openInvoices } from "./invoices";
import { chatwootOverview, n8nOverview, odooOverview } from "./overview";
import { revenueByDay, salesFigures, topProducts } from "./sales";
import { serviceFigures, serviceReports } from "./service";

// Every figure is checked against sums computed here, straight from the seed the sandbox was built
// from (createWorld at the sandbox's own seededAt), with this file's own Santiago-day function: the
// code under test and the expectation share nothing but the data.

const TZ = "America/Santiago";
const localDay = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const odooMs = (s: unknown) => Date.parse(`${String(s).replace(" ", "T")}Z`);
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let sb: TestSandbox;
let world: World;
let now: number;
let today: string;
const fast = { timeoutMs: 5_000, backoff: { baseMs: 10, maxMs: 40 }, tenantId: "t-kpis" };
const odoo = () => createOdooClient({ baseUrl: sb.odooUrl, ...ODOO }, fast);
const chatwootConn = (token = CW.token) => ({ baseUrl: sb.chatwootUrl, accountId: CW.accountId, token });
const n8n = () => createN8nClient({ baseUrl: sb.n8nUrl, ...N8N }, fast);

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  const info = await sb.control<{ seededAt: string }>("GET", "");
  now = Date.parse(info.seededAt);
  world = createWorld(now);
  today = localDay(now);
});

const orders = () => world.odoo.records["sale.order"];
const confirmed = () => orders().filter((o) => o.state === "sale" || o.state === "done");

describe.each([17, 18, 19] as const)("Ventas from Odoo %i", (version) => {
  beforeEach(() => sb.setOdooVersion(version));

  it("revenue per Santiago day equals the confirmed orders' totals grouped by their local day", async () => {
    const range = { from: shift(today, -89), to: today };
    const expected = new Map<string, { revenue: number; orders: number }>();
    for (const o of confirmed()) {
      const day = localDay(odooMs(o.date_order));
      const e = expected.get(day) ?? { revenue: 0, orders: 0 };
      e.revenue += Number(o.amount_total);
      e.orders++;
      expected.set(day, e);
    }
    const days = await revenueByDay(odoo(), range);
    expect(days).toHaveLength(90);
    for (const d of days)
      expect([d.day, d.revenue, d.orders]).toEqual([
        d.day,
        expected.get(d.day)?.revenue ?? 0,
        expected.get(d.day)?.orders ?? 0,
      ]);
    // The seed has late-evening orders: grouping by UTC day would have given other numbers.
    expect(confirmed().some((o) => localDay(odooMs(o.date_order)) !== utcDay(odooMs(o.date_order)))).toBe(true);
  });

  it("30-day summary: revenue, orders, average order and orders per day against the previous 30 days", async () => {
    const range = { from: shift(today, -29), to: today };
    const prev = { from: shift(today, -59), to: shift(today, -30) };
    const within = (r: { from: string; to: string }) =>
      confirmed().filter((o) => {
        const d = localDay(odooMs(o.date_order));
        return d >= r.from && d <= r.to;
      });
    const cur = within(range);
    const before = within(prev);
    const revenue = cur.reduce((s, o) => s + Number(o.amount_total), 0);
    const previous = before.reduce((s, o) => s + Number(o.amount_total), 0);
    const figures = await salesFigures(odoo(), range);
    expect(figures.revenue).toEqual({ current: revenue, previous });
    expect(figures.orders).toEqual({ current: cur.length, previous: before.length });
    expect(figures.averageOrderValue.current).toBe(Math.round(revenue / cur.length));
    expect(figures.ordersPerDay.current).toBeCloseTo(cur.length / 30, 10);
    expect(figures.days.reduce((s, d) => s + d.previousRevenue, 0)).toBe(previous);
  });

  it("top 10 products by revenue from the confirmed orders' lines", async () => {
    const range = { from: shift(today, -29), to: today };
    const inRange = new Set(
      confirmed()
        .filter((o) => localDay(odooMs(o.date_order)) >= range.from)
        .map((o) => o.id),
    );
    const byProduct = new Map<number, number>();
    for (const l of world.odoo.records["sale.order.line"])
      if (inRange.has(Number(l.order_id)))
        byProduct.set(Number(l.product_id), (byProduct.get(Number(l.product_id)) ?? 0) + Number(l.price_total));
    const expected = [...byProduct.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
    const top = await topProducts(odoo(), range);
    expect(top.map((p) => [p.productId, p.revenue])).toEqual(expected);
    expect(top[0].name).toBe(world.odoo.records["product.product"].find((p) => p.id === expected[0][0])?.name);
  });

  it("invoices: by payment state, overdue amount, and totals by SII type with notas de crédito negative", async () => {
    const range = { from: shift(today, -89), to: today };
    const moves = world.odoo.records["account.move"].filter((m) => m.state === "posted");
    const docCode: Record<number, string> = { 5: "33", 6: "34", 8: "39", 11: "61" };
    const inRange = moves.filter(
      (m) => typeof m.invoice_date === "string" && m.invoice_date >= range.from && m.invoice_date <= range.to,
    );
    // Odoo 17 has no `blocked` state: the sandbox reads it as not_paid there.
    const state = (m: (typeof moves)[number]) =>
      version === 17 && m.payment_state === "blocked" ? "not_paid" : String(m.payment_state);
    const open = moves.filter(
      (m) => m.move_type === "out_invoice" && ["not_paid", "partial", "blocked"].includes(state(m)),
    );
    const overdue = open.filter((m) => String(m.invoice_date_due) < today);

    const figures = await invoiceFigures(odoo(), range, today);
    expect(figures.overdue).toEqual({
      count: overdue.length,
      amount: overdue.reduce((s, m) => s + Number(m.amount_residual), 0),
    });
    expect(overdue.length).toBeGreaterThan(0);

    const byState = new Map<string, number>();
    for (const m of inRange.filter((m) => m.move_type === "out_invoice"))
      byState.set(state(m), (byState.get(state(m)) ?? 0) + Number(m.amount_total));
    expect(new Map(figures.byPaymentState.map((s) => [s.state, s.amount]))).toEqual(byState);

    const byType = new Map<string, number>();
    for (const m of inRange) {
      const code = docCode[Number(m.l10n_latam_document_type_id)];
      byType.set(code, (byType.get(code) ?? 0) + (m.move_type === "out_refund" ? -1 : 1) * Number(m.amount_total));
    }
    expect(new Map(figures.byDocumentType.map((d) => [d.code, d.amount]))).toEqual(byType);
    expect(figures.byDocumentType.find((d) => d.code === "61")?.amount).toBeLessThan(0);
    expect(figures.byDocumentType.map((d) => d.code)).toEqual(["33", "39", "61"]);

    const unpaid = await openInvoices(odoo());
    expect(unpaid).toEqual({ count: open.length, amount: open.reduce((s, m) => s + Number(m.amount_residual), 0) });
  });
});

describe("Atención from Chatwoot", () => {
  const range = () => ({ from: shift(today, -29), to: today });
  const start = (day: string) => {
    // The first instant whose local day is `day`, found by stepping an hour at a time (independent of the code).
    let t = Date.parse(`${day}T00:00:00Z`);
    while (localDay(t) >= day) t -= 3_600_000;
    while (localDay(t) < day) t += 60_000;
    return t;
  };

  it("conversations per day, per inbox and by status, and the median first response, from the seed", async () => {
    const r = range();
    const since = start(shift(r.from, -30));
    const scan = await conversationsCreatedSince(chatwootConn(), since, fast);
    const chatwoot = createChatwootClient(chatwootConn(), fast);
    const figures = serviceFigures(scan, r, await chatwoot.listInboxes(), await serviceReports(chatwoot, r));
    const created = world.chatwoot.conversations.filter((c) => localDay(c.createdAt * 1000) >= r.from);
    expect(figures.conversations.current).toBe(created.length);
    for (const d of figures.days)
      expect(d.conversations).toBe(created.filter((c) => localDay(c.createdAt * 1000) === d.day).length);
    expect(figures.perInbox.reduce((s, i) => s + i.conversations, 0)).toBe(created.length);
    expect(figures.perInbox.find((i) => i.name === "WhatsApp Ferretería")?.conversations).toBe(
      created.filter((c) => c.inboxId === 1).length,
    );
    expect(figures.byStatus.resolved).toBe(created.filter((c) => c.status === "resolved").length);
    const waits = created
      .filter((c) => c.firstReplyAt !== null)
      .map((c) => (c.firstReplyAt as number) - c.createdAt)
      .sort((a, b) => a - b);
    const mid = Math.floor(waits.length / 2);
    expect(figures.medianFirstResponse.current).toBe(waits.length % 2 ? waits[mid] : (waits[mid - 1] + waits[mid]) / 2);
    expect(figures.complete).toBe(true);
    expect(figures.reports.available).toBe(true);
  });

  it("says reports are unavailable when the token is an agent's, instead of failing", async () => {
    const chatwoot = createChatwootClient(chatwootConn(CW.agentToken), fast);
    expect(await serviceReports(chatwoot, range())).toEqual({ available: false, reason: "not_admin" });
  });

  it("Resumen: open and unanswered conversations, the oldest waiting one", async () => {
    const o = await chatwootOverview(createChatwootClient(chatwootConn(), fast), now);
    const open = world.chatwoot.conversations.filter((c) => c.status === "open");
    const waiting = open.filter((c) => c.waitingSince !== null);
    expect(o.open).toBe(open.length);
    expect(o.unanswered).toBe(waiting.length);
    const oldest = waiting.reduce((a, b) => ((a.waitingSince as number) <= (b.waitingSince as number) ? a : b));
    expect(o.oldestWaiting?.id).toBe(oldest.id);
    expect(o.messagesToday).toBeGreaterThanOrEqual(0);
  });
});

describe("Automatización from n8n", () => {
  it("runs per day by outcome, success rate and the slowest workflows equal the seed's executions", async () => {
    const range = { from: shift(today, -29), to: today };
    const client = n8n();
    const scan = await executionsSince(client, Date.parse(`${shift(today, -70)}T00:00:00Z`));
    const figures = automationStats(scan, range, await workflowNames(client));
    const inRange = world.n8n.executions.filter((e) => localDay(Date.parse(e.startedAt)) >= range.from);
    expect(figures.runs.current).toBe(inRange.length);
    for (const d of figures.days) {
      const day = inRange.filter((e) => localDay(Date.parse(e.startedAt)) === d.day);
      expect([d.success, d.error]).toEqual([
        day.filter((e) => e.status === "success").length,
        day.filter((e) => e.status === "error").length,
      ]);
    }
    const ok = inRange.filter((e) => e.status === "success").length;
    expect(figures.successRate.current).toBeCloseTo(ok / inRange.length, 10);
    const durations = new Map<string, number[]>();
    for (const e of inRange)
      durations.set(e.workflowId, [
        ...(durations.get(e.workflowId) ?? []),
        Date.parse(String(e.stoppedAt)) - Date.parse(e.startedAt),
      ]);
    const slowest = [...durations.entries()]
      .map(([id, d]) => [id, Math.round(d.reduce((s, v) => s + v, 0) / d.length)] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(figures.slowest.map((w) => [w.workflowId, w.avgMs])).toEqual(slowest.slice(0, 5));
    expect(figures.slowest[0].name).toBe(world.n8n.workflows.find((w) => w.id === slowest[0][0])?.name);
  });

  it("Resumen: runs and failures since Santiago midnight", async () => {
    const o = await n8nOverview(n8n(), now);
    const runs = world.n8n.executions.filter((e) => localDay(Date.parse(e.startedAt)) === today);
    expect(o).toEqual({ runsToday: runs.length, failuresToday: runs.filter((e) => e.status === "error").length });
  });
});

describe("Resumen from Odoo", () => {
  it("sales this month and unpaid invoices", async () => {
    const month = `${today.slice(0, 8)}01`;
    const sales = confirmed().filter((o) => localDay(odooMs(o.date_order)) >= month);
    const o = await odooOverview(odoo(), now);
    expect(o.salesMonth).toBe(sales.reduce((s, x) => s + Number(x.amount_total), 0));
    expect(o.ordersMonth).toBe(sales.length);
  });
});
