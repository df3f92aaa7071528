import { expect, type Page, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { connectSandbox, sandboxConnections } from "./support/sandbox";

// Resumen and KPIs against the sandbox. Expected figures come from the sandbox through the Odoo proxy
// (/api/odoo/{id}/kpis/sales, grouped by Odoo itself), never from the KPI routes under test.

const TZ = "America/Santiago";
const santiagoToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const clp = (n: number) =>
  new Intl.NumberFormat("es-CL", { style: "currency", currency: "CLP", maximumFractionDigits: 0 }).format(n);

type SalesPoints = { points: { period: string; revenue: number; orders: number }[]; totals: { revenue: number } };

/** Milliseconds from navigation start to `kpis:rendered` (every section drawn). */
async function renderedAt(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName("kpis:rendered").length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName("kpis:rendered")[0].startTime);
}

test("Resumen: cards say which service is missing, then show the sandbox's figures", async ({ page, context }) => {
  await signUpViaApi(context.request, "Resumen");
  const tenant = await createWorkspaceViaApi(context.request, "Resumen");

  await page.goto(`/${tenant.slug}/overview`);
  const sales = page.locator('[data-card="sales-month"]');
  await expect(sales.locator('[data-state="not_connected"]')).toContainText("Odoo no está conectado.");
  await expect(sales.locator("[data-value]")).toHaveCount(0);
  await expect(page.locator('[data-card="open"]')).toContainText("Chatwoot no está conectado.");
  await expect(page.locator('[data-action="connect-odoo"]')).toBeVisible();

  await connectSandbox(context.request, tenant.id);
  await page.reload();
  for (const card of ["open", "messages-today", "new-contacts", "sales-month", "unpaid", "runs-today"])
    await expect(page.locator(`[data-card="${card}"] [data-value]`)).toBeVisible();

  const today = santiagoToday();
  const month = await context.request.get(
    `/api/odoo/${tenant.id}/kpis/sales?from=${today.slice(0, 8)}01&to=${today}&groupBy=month`,
  );
  const expected = (await month.json()) as SalesPoints;
  await expect(sales.locator("[data-value]")).toHaveText(clp(expected.totals.revenue));

  // Each card leads to the tab behind it; the oldest waiting conversation is one click away.
  await expect(sales.getByRole("link")).toHaveAttribute("href", `/${tenant.slug}/kpis#sales`);
  await expect(page.locator('[data-card="runs-today"] a')).toHaveAttribute("href", `/${tenant.slug}/automation`);
  await expect(page.locator('[data-action="reply-oldest"]')).toHaveAttribute(
    "href",
    new RegExp(`^/${tenant.slug}/messages/\\d+$`),
  );
  // Connecting the services was logged: the activity feed shows it.
  await expect(page.locator("[data-activity]")).toContainText("Odoo");
});

test("KPIs: the 30-day revenue chart and its table view match the sandbox", async ({ page, context }) => {
  await signUpViaApi(context.request, "Kpis");
  const tenant = await createWorkspaceViaApi(context.request, "Kpis");
  await connectSandbox(context.request, tenant.id);

  await page.goto(`/${tenant.slug}/kpis?range=30`);
  const cold = await renderedAt(page);
  const revenue = page.locator('[data-chart="revenue-per-day"]');
  await expect(revenue.locator(".recharts-surface").first()).toBeVisible();
  for (const section of ["sales", "invoices", "service", "automation"])
    await expect(page.locator(`[data-section="${section}"] [data-chart]`).first()).toBeVisible();

  const today = santiagoToday();
  const from = shift(today, -29);
  const res = await context.request.get(`/api/odoo/${tenant.id}/kpis/sales?from=${from}&to=${today}&groupBy=day`);
  const expected = (await res.json()) as SalesPoints;
  const byDay = new Map(expected.points.map((p) => [p.period, p]));
  await expect(page.locator('[data-figure="revenue"] [data-value]')).toHaveText(clp(expected.totals.revenue));

  await revenue.getByRole("button", { name: "Ver tabla" }).click();
  const table = revenue.getByRole("table", { name: "Ingresos por día" });
  await expect(table).toBeVisible();
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  expect(rows).toHaveLength(30);
  for (let i = 0; i < 30; i++) {
    const day = shift(from, i);
    const p = byDay.get(day);
    expect(rows[i][0]).toBe(day);
    expect(rows[i][1]).toBe(clp(p?.revenue ?? 0));
    expect(rows[i][3]).toBe(String(p?.orders ?? 0));
  }

  // CSV: UTF-8 with BOM, semicolons, the same raw numbers.
  const download = page.waitForEvent("download");
  await revenue.getByRole("button", { name: /Descargar CSV/ }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("Día;Ingresos (CLP);Período anterior (CLP);Pedidos");
  expect(lines.slice(1).map((l) => l.split(";")[1])).toEqual(
    Array.from({ length: 30 }, (_, i) => String(byDay.get(shift(from, i))?.revenue ?? 0)),
  );

  // A second view within the minute is served from the server's cache.
  await page.reload();
  const warm = await renderedAt(page);
  test.info().annotations.push({
    type: "kpis:rendered",
    description: `cold ${Math.round(cold)} ms, warm ${Math.round(warm)} ms`,
  });
  console.log(`kpis:rendered cold ${Math.round(cold)} ms, warm ${Math.round(warm)} ms`);
});

test("KPIs: an agent's Chatwoot token gets a clear note instead of reports; a missing service is named", async ({
  page,
  context,
}) => {
  await signUpViaApi(context.request, "Agente");
  const tenant = await createWorkspaceViaApi(context.request, "Agente");
  const res = await context.request.put(`/api/tenants/${tenant.id}/integrations/chatwoot`, {
    data: { ...sandboxConnections.chatwoot, token: "sandbox-chatwoot-agent-token" },
  });
  expect(res.ok()).toBe(true);

  await page.goto(`/${tenant.slug}/kpis?range=7`);
  await renderedAt(page);
  await expect(page.locator('[data-note="not-admin"]')).toContainText("token de un administrador");
  await expect(page.locator('[data-section="service"] [data-chart="conversations-per-day"]')).toBeVisible();
  await expect(page.locator('[data-section="sales"] [data-state="not_connected"]')).toContainText(
    "Odoo no está conectado",
  );
  await expect(page.locator('[data-section="automation"] [data-state="not_connected"]')).toContainText(
    "n8n no está conectado",
  );
});
