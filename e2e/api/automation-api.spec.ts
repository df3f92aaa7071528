import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi, signUpWithEmailViaApi, uniqueEmail } from "../support/accounts";
import { connectSandbox, sandboxConnections, sandboxUrl } from "../support/sandbox";
import { acceptInvitationViaApi } from "../support/tenant-api";

// The Automatización API against the running app and the shared sandbox: list and stats, triggers,
// activate/deactivate with n8n's refusals, cursor paging and durations, run by webhook, retry,
// template import, and viewers kept read-only. Every workflow switched here is switched back.

type Workflow = { id: string; name: string; active: boolean };
type Execution = {
  id: string;
  workflowId: string;
  status: string;
  mode: string;
  startedAt: string;
  stoppedAt: string | null;
  durationMs: number | null;
  retryOf: string | null;
  retrySuccessId: string | null;
};
type Sent = { kind: string; method: string; path: string; body: Record<string, unknown> | null };

let api: APIRequestContext;
let viewer: APIRequestContext;
let tenantId: string;
let base: string;
const byName: Record<string, Workflow> = {};

async function ok<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

async function error(res: Awaited<ReturnType<APIRequestContext["get"]>>, status: number) {
  expect(res.status(), await res.text()).toBe(status);
  return ((await res.json()) as { error: { code: string; message: string; details?: Record<string, unknown> } }).error;
}

const sent = async (kind?: string): Promise<Sent[]> =>
  (await (await fetch(`${sandboxUrl}/__sandbox/sent?service=n8n${kind ? `&kind=${kind}` : ""}`)).json()) as Sent[];

/** n8n's own answer, straight from the sandbox. */
async function upstreamExecutions(query: string): Promise<{ data: Execution[]; nextCursor: string | null }> {
  const res = await fetch(`${sandboxConnections.n8n.baseUrl}/api/v1/executions?${query}`, {
    headers: { "X-N8N-API-KEY": sandboxConnections.n8n.apiKey },
  });
  return (await res.json()) as { data: Execution[]; nextCursor: string | null };
}

test.beforeAll(async ({ baseURL }) => {
  api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, "Automatizacion API");
  const tenant = await createWorkspaceViaApi(api, "Automatizacion API");
  tenantId = tenant.id;
  await connectSandbox(api, tenantId);
  base = `/api/n8n/${tenantId}`;
  const email = uniqueEmail("viewer");
  expect((await api.post(`/api/tenants/${tenantId}/members`, { data: { email, role: "viewer" } })).status()).toBe(201);
  viewer = await playwrightRequest.newContext({ baseURL });
  await signUpWithEmailViaApi(viewer, "Lectora", email);
  await acceptInvitationViaApi(viewer, tenantId, email);
  const { items } = await ok<{ items: Workflow[] }>(await api.get(`${base}/workflows`));
  for (const w of items) byName[w.name] = w;
});

test.afterAll(async () => {
  await Promise.all([api.dispose(), viewer.dispose()]);
});

test("list, triggers and 7-day stats for every workflow", async () => {
  const pedido = byName["Pedido confirmado → aviso por WhatsApp"];
  const { workflow } = await ok<{ workflow: Workflow & { trigger: unknown } }>(
    await api.get(`${base}/workflows/${pedido.id}`),
  );
  expect(workflow.trigger).toEqual({ kind: "webhook", webhook: { method: "POST", path: "pedido-confirmado" } });
  const report = await ok<{ workflow: { trigger: unknown } }>(
    await api.get(`${base}/workflows/${byName["Reporte diario de ventas"].id}`),
  );
  expect(report.workflow.trigger).toEqual({ kind: "schedule", webhook: null });
  const manual = await ok<{ workflow: { trigger: unknown } }>(
    await api.get(`${base}/workflows/${byName["Respaldo manual de contactos"].id}`),
  );
  expect(manual.workflow.trigger).toEqual({ kind: "other", webhook: null });

  type Stats = {
    lastRun: { id: string; status: string } | null;
    successRate: number | null;
    runs: number;
    perDay: number[];
  };
  const stats = await ok<{ days: number; partial: boolean; stats: Record<string, Stats> }>(
    await api.get(`${base}/workflows/stats`),
  );
  expect(stats).toMatchObject({ days: 7, partial: false });
  const s = stats.stats[pedido.id];
  expect(s.perDay).toHaveLength(7);
  expect(s.perDay.reduce((a, b) => a + b, 0)).toBe(s.runs);
  // The last run is n8n's newest execution of that workflow.
  const [newest] = (await upstreamExecutions(`workflowId=${pedido.id}&limit=1`)).data;
  expect(s.lastRun?.id).toBe(String(newest.id));
  if (s.runs > 0) expect(s.successRate).toBeGreaterThanOrEqual(0);
  // Workflows that never ran have no last run; the manual one never ran in the seed.
  expect(stats.stats[byName["Respaldo manual de contactos"].id]?.lastRun ?? null).toBeNull();

  const { tags } = await ok<{ tags: { name: string }[] }>(await api.get(`${base}/tags`));
  expect(tags.map((t) => t.name)).toContain("cobranza");
});

test("deactivate and activate, with n8n's 400 and 409 refusals explained", async () => {
  const w = byName["Cotización desde formulario web"];
  try {
    const off = await ok<{ workflow: Workflow }>(await api.post(`${base}/workflows/${w.id}/deactivate`));
    expect(off.workflow).toMatchObject({ id: w.id, active: false });
    const on = await ok<{ workflow: Workflow }>(await api.post(`${base}/workflows/${w.id}/activate`));
    expect(on.workflow).toMatchObject({ id: w.id, active: true });
  } finally {
    await api.post(`${base}/workflows/${w.id}/activate`);
  }
  const noTrigger = await error(
    await api.post(`${base}/workflows/${byName["Respaldo manual de contactos"].id}/activate`),
    422,
  );
  expect(noTrigger.message).toContain("no tiene un nodo disparador");
  const clash = await error(
    await api.post(`${base}/workflows/${byName["Pedido confirmado v2 (borrador)"].id}/activate`),
    409,
  );
  expect(clash.message).toContain("misma ruta de webhook");
});

test("a workflow's runs page with n8n's cursor, newest first, durations from startedAt/stoppedAt", async () => {
  const w = byName["Chatwoot → Odoo: crear contacto nuevo"];
  const q = `workflowId=${w.id}&limit=5`;
  const p1 = await ok<{ items: Execution[]; nextCursor: string }>(await api.get(`${base}/executions?${q}`));
  expect(p1.items).toHaveLength(5);
  expect(p1.nextCursor).toBeTruthy();
  const p2 = await ok<{ items: Execution[] }>(
    await api.get(`${base}/executions?${q}&cursor=${encodeURIComponent(p1.nextCursor)}`),
  );
  const ids = [...p1.items, ...p2.items].map((e) => Number(e.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  expect([...p1.items, ...p2.items].every((e) => e.workflowId === w.id)).toBe(true);

  const upstream = await upstreamExecutions(q);
  for (const [i, e] of p1.items.entries()) {
    const raw = upstream.data[i];
    expect(e.id).toBe(String(raw.id));
    expect(e.durationMs).toBe(Date.parse(raw.stoppedAt ?? "") - Date.parse(raw.startedAt));
  }

  const failed = await ok<{ items: Execution[] }>(
    await api.get(`${base}/executions?workflowId=${w.id}&status=error&limit=3`),
  );
  expect(failed.items.every((e) => e.status === "error")).toBe(true);
  const { execution } = await ok<{ execution: { error: { node: string; message: string } } }>(
    await api.get(`${base}/executions/${failed.items[0].id}`),
  );
  expect(execution.error).toEqual({ node: "Crear partner", message: expect.stringContaining("RUT") });
});

test("run a webhook workflow with a JSON body: the new run is returned and listed first", async () => {
  const w = byName["Cotización desde formulario web"];
  const body = { cliente: "Constructora Los Andes SpA", producto: "FER-0012", cantidad: 3 };
  const before = (await sent("webhook_called")).length;
  const run = await ok<{ response: unknown; execution: Execution }>(
    await api.post(`${base}/workflows/${w.id}/run`, { data: { body } }),
  );
  expect(run.response).toEqual({ message: "Workflow was started" });
  expect(run.execution).toMatchObject({ workflowId: w.id, mode: "webhook", status: "success" });
  const calls = (await sent("webhook_called")).slice(before);
  expect(calls).toEqual([
    expect.objectContaining({ method: "POST", path: expect.stringContaining("/webhook/cotizacion-web"), body }),
  ]);
  const latest = await ok<{ items: Execution[] }>(await api.get(`${base}/executions?workflowId=${w.id}&limit=1`));
  expect(latest.items[0].id).toBe(run.execution.id);

  const inactive = await error(
    await api.post(`${base}/workflows/${byName["Encuesta de satisfacción post-venta"].id}/run`, { data: { body: {} } }),
    409,
  );
  expect(inactive.message).toContain("inactivo");
  const scheduled = await error(
    await api.post(`${base}/workflows/${byName["Reporte diario de ventas"].id}/run`, { data: { body: {} } }),
    422,
  );
  expect(scheduled.message).toContain("no empieza con un webhook");
  const notJson = await api.post(`${base}/workflows/${w.id}/run`, {
    headers: { "content-type": "application/json" },
    data: "{cliente:",
  });
  expect(notJson.status()).toBe(400);
  expect((await sent("webhook_called")).length).toBe(before + 1);
});

test("retry a failed run once; n8n refuses retrying a success", async () => {
  const failed = await ok<{ items: Execution[] }>(await api.get(`${base}/executions?status=error&limit=50`));
  const target = failed.items.find((e) => !e.retrySuccessId);
  if (!target) throw new Error("no failed execution left to retry");
  const { execution } = await ok<{ execution: Execution }>(await api.post(`${base}/executions/${target.id}/retry`));
  expect(execution).toMatchObject({ retryOf: target.id, status: "success", mode: "retry" });
  const again = await error(await api.post(`${base}/executions/${execution.id}/retry`), 409);
  expect(again.message).toContain("Solo se puede reintentar");
});

test("import a template: only name, nodes, connections and settings reach n8n, with no secret", async () => {
  type Template = { id: string; name: string; importedAs: string[] };
  const { templates } = await ok<{ templates: Template[] }>(await api.get(`${base}/templates`));
  expect(templates.map((t) => t.name)).toEqual([
    "Nuevo pedido → WhatsApp de bienvenida",
    "Mensaje de WhatsApp → respuesta automática",
    "Alta de cliente",
  ]);
  const before = (await sent("workflow_created")).length;
  const { workflow } = await ok<{ workflow: Workflow & { trigger: unknown } }>(
    await api.post(`${base}/templates/alta-de-cliente/import`),
    201,
  );
  expect(workflow).toMatchObject({ name: "Alta de cliente", active: false });
  expect(workflow.trigger).toEqual({ kind: "webhook", webhook: { method: "POST", path: "smarteros-alta-cliente" } });
  const created = (await sent("workflow_created")).slice(before);
  expect(created).toHaveLength(1);
  expect(Object.keys(created[0].body ?? {}).sort()).toEqual(["connections", "name", "nodes", "settings"]);
  const text = JSON.stringify(created[0].body);
  expect(text).toContain("/api/tenants");
  expect(text).toContain("REEMPLAZA_CON_TU_SMARTEROS_SERVICE_KEY");
  expect(text).not.toContain("e2e-service-key-never-in-a-bundle-0002");
  const after = await ok<{ templates: Template[] }>(await api.get(`${base}/templates`));
  expect(after.templates.find((t) => t.id === "alta-de-cliente")?.importedAs).toContain(workflow.id);
  expect((await api.post(`${base}/templates/no-existe/import`)).status()).toBe(404);
});

test("a viewer reads workflows, stats and runs, and gets 403 on every write with nothing sent to n8n", async () => {
  const w = byName["Cotización desde formulario web"];
  expect((await viewer.get(`${base}/workflows/stats`)).status()).toBe(200);
  expect((await viewer.get(`${base}/workflows/${w.id}`)).status()).toBe(200);
  expect((await viewer.get(`${base}/templates`)).status()).toBe(200);
  const before = (await sent()).length;
  const exec = (await ok<{ items: Execution[] }>(await viewer.get(`${base}/executions?status=error&limit=1`))).items[0];
  for (const [path, data] of [
    [`${base}/workflows/${w.id}/deactivate`, undefined],
    [`${base}/workflows/${w.id}/activate`, undefined],
    [`${base}/workflows/${w.id}/run`, { body: {} }],
    [`${base}/executions/${exec.id}/retry`, undefined],
    [`${base}/templates/alta-de-cliente/import`, undefined],
  ] as const) {
    expect((await error(await viewer.post(path, { data }), 403)).code).toBe("forbidden");
  }
  expect((await sent()).length).toBe(before);
});
