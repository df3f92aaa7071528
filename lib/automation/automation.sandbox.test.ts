import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createN8nClient } from "@/lib/integrations/n8n/client";
import { N8N, rejection, startTestSandbox, type TestSandbox } from "@/lib/integrations/testing/sandbox";
import { activateWithinPlan, activeWorkflowIds } from "./activate-within-plan";
import { collectStats } from "./collect-stats";
import { runByWebhook } from "./run-by-webhook";
import { computeStats } from "./stats";
import { templates } from "./templates/catalog";
import { importTemplate, listTemplates } from "./templates/import-template";
import { templateIds } from "./templates/template-types";

// The automation tab's server logic against the sandbox's n8n (its own instance, reset per test).

let sb: TestSandbox;
const n8n = () => createN8nClient({ baseUrl: sb.n8nUrl, apiKey: N8N.apiKey }, { timeoutMs: 3_000 });
type Sent = { kind: string; body: Record<string, unknown>; result: Record<string, unknown> };
const sent = (kind: string) => sb.control<Sent[]>("GET", `/sent?service=n8n&kind=${kind}`);

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

async function byName(name: string) {
  const { items } = await n8n().listWorkflows({ name });
  const w = items.find((x) => x.name === name);
  if (!w) throw new Error(`seed workflow ${name} missing`);
  return w;
}

/** A webhook workflow on its own path, created inactive (as the templates are). */
async function createHookWorkflow(i: number) {
  return n8n().createWorkflow({
    name: `Flujo de prueba ${i}`,
    nodes: [
      {
        name: "Webhook",
        type: "n8n-nodes-base.webhook",
        typeVersion: 2,
        position: [0, 0],
        parameters: { httpMethod: "POST", path: `prueba-${i}` },
      },
    ],
    connections: {},
  });
}

describe("plan limit on activation", () => {
  it("Basic activates up to 10 workflows; the 11th is refused naming the plan, before n8n is asked", async () => {
    const c = n8n();
    expect((await activeWorkflowIds(c)).size).toBe(5);
    const created = await Promise.all([1, 2, 3, 4, 5, 6].map(createHookWorkflow));
    for (const w of created.slice(0, 5)) await activateWithinPlan(c, "basic", w.id);
    expect((await activeWorkflowIds(c)).size).toBe(10);

    const before = (await sent("workflow_activated")).length;
    const e = await rejection(activateWithinPlan(c, "basic", created[5].id));
    expect(e).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("Tu plan Basic ya tiene todos sus flujos activos (10)"),
      details: { reason: "plan_workflows_limit", plan: "basic", limit: 10 },
    });
    expect(await sent("workflow_activated")).toHaveLength(before);
    expect((await c.getWorkflow(created[5].id)).active).toBe(false);

    // Switching an active one on again adds nothing, so it passes; Pro has no limit.
    await expect(activateWithinPlan(c, "basic", created[0].id)).resolves.toMatchObject({ active: true });
    await expect(activateWithinPlan(c, "pro", created[5].id)).resolves.toMatchObject({ active: true });
  });

  it("counts active workflows across n8n's cursor pages", async () => {
    await Promise.all([1, 2, 3].map(createHookWorkflow));
    const c = n8n();
    const limited = {
      ...c,
      listWorkflows: (q: Parameters<typeof c.listWorkflows>[0]) => c.listWorkflows({ ...q, limit: 2 }),
    };
    expect((await activeWorkflowIds(limited)).size).toBe(5);
  });
});

describe("running a workflow through its production webhook", () => {
  it("calls the webhook with the JSON body and returns the run it started", async () => {
    const w = await byName("Pedido confirmado → aviso por WhatsApp");
    const result = await runByWebhook(n8n(), w.id, { pedido: "S00099", cliente: "Ferretería Ñuñoa" });
    expect(result.response).toEqual({ message: "Workflow was started" });
    expect(result.execution).toMatchObject({ workflowId: w.id, mode: "webhook", status: "success" });
    expect(result.execution?.durationMs).toBe(420);
    const [call] = await sent("webhook_called");
    expect(call).toMatchObject({ body: { pedido: "S00099", cliente: "Ferretería Ñuñoa" } });
    const { items } = await n8n().listExecutions({ workflowId: w.id, limit: 1 });
    expect(items[0].id).toBe(result.execution?.id);
  });

  it("sends a GET webhook's body as its query", async () => {
    const w = await byName("Encuesta de satisfacción post-venta");
    await n8n().activateWorkflow(w.id);
    await runByWebhook(n8n(), w.id, { nota: 7 });
    const [call] = await sb.control<{ method: string; path: string }[]>("GET", "/sent?service=n8n&kind=webhook_called");
    expect(call.method).toBe("GET");
  });

  it("refuses an inactive webhook workflow and a scheduled one, calling no webhook", async () => {
    const inactive = await byName("Encuesta de satisfacción post-venta");
    expect(await rejection(runByWebhook(n8n(), inactive.id, {}))).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("inactivo"),
    });
    const scheduled = await byName("Reporte diario de ventas");
    expect(await rejection(runByWebhook(n8n(), scheduled.id, {}))).toMatchObject({
      code: "unprocessable",
      message: expect.stringContaining("no empieza con un webhook"),
    });
    expect(await sent("webhook_called")).toHaveLength(0);
  });
});

describe("stats from executions", () => {
  it("pages with the cursor to the window's start and matches the executions n8n has", async () => {
    const c = n8n();
    const { items: workflows } = await c.listWorkflows();
    const now = Date.now();
    const result = await collectStats(
      c,
      workflows.map((w) => w.id),
      now,
    );
    // Every execution, read page by page, gives the same counts.
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await c.listExecutions({ limit: 100, cursor });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all).toHaveLength(500);
    const expected = computeStats(all, now);
    expect(result.partial).toBe(false);
    for (const w of workflows) {
      expect(result.stats[w.id]?.runs ?? 0).toBe(expected[w.id]?.runs ?? 0);
      expect(result.stats[w.id]?.lastRun?.id).toBe(expected[w.id]?.lastRun?.id);
    }
    const busy = workflows.find((w) => (expected[w.id]?.runs ?? 0) > 0);
    expect(busy && result.stats[busy.id].successRate).toBeGreaterThan(0);
  });
});

describe("templates", () => {
  it("imports each template sending exactly name, nodes, connections and settings, inactive, no secret", async () => {
    const c = n8n();
    for (const id of templateIds) {
      const w = await importTemplate(c, id, "https://hub.example.cl");
      expect(w).toMatchObject({ name: templates[id].name, active: false });
      expect(w.webhooks).toEqual([{ method: "POST", path: templates[id].webhookPath }]);
    }
    const created = await sent("workflow_created");
    expect(created).toHaveLength(3);
    for (const s of created) expect(Object.keys(s.body).sort()).toEqual(["connections", "name", "nodes", "settings"]);
    const alta = JSON.stringify(created[2].body);
    expect(alta).toContain("https://hub.example.cl/api/tenants");
    expect(alta).toContain("REEMPLAZA_CON_TU_SMARTEROS_SERVICE_KEY");
    expect((await listTemplates(c)).map((t) => t.importedAs.length)).toEqual([1, 1, 1]);
  });

  it("an imported template activates (it has a trigger) and refuses an unknown id", async () => {
    const c = n8n();
    const w = await importTemplate(c, "whatsapp-respuesta-automatica", "https://hub.example.cl");
    await expect(c.activateWorkflow(w.id)).resolves.toMatchObject({ active: true });
    expect(await rejection(importTemplate(c, "no-existe", "https://hub.example.cl"))).toMatchObject({
      code: "not_found",
    });
  });
});
