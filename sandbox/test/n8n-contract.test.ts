import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { n8nRouter } from "../n8n/index";
import { routeTable } from "../routes";
import type { Sandbox } from "../server";
import { loadN8nSpec, SpecValidator } from "./contracts";
import { n8nDeviation, patchN8nSpec } from "./deviations";
import { control, N8N_KEY, request, start } from "./helpers";

const spec = new SpecValidator(patchN8nSpec(loadN8nSpec()), "n8n", "3.0", "/api/v1");
let sb: Sandbox;
const exercised = new Set<string>();

async function api(method: string, path: string, body?: unknown, key = N8N_KEY) {
  const res = await request(sb.url, method, `/n8n${path}`, { headers: { "X-N8N-API-KEY": key }, body });
  const match = n8nRouter.match(method, path.split("?")[0]);
  expect(match, `${method} ${path} is routed`).toBeTruthy();
  if (match && match !== "method") {
    const template = match.route.path;
    const result = n8nDeviation(method, template, res.status) ?? spec.validate(method, template, res.status, res.body);
    expect(result.ok, `${method} ${path} → ${res.status}: ${result.reason}`).toBe(true);
    exercised.add(`${method} ${template}`);
  }
  return res;
}

type Wf = { id: string; name: string; active: boolean; nodes: { type: string; parameters: Record<string, unknown> }[] };
async function workflows(): Promise<Wf[]> {
  return (await api("GET", "/api/v1/workflows")).body.data;
}

beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

describe("n8n routes exist in the spec", () => {
  it("every OpenAPI-documented route the sandbox serves is a real operation", () => {
    const routes = routeTable.filter((r) => r.service === "n8n" && r.documentedIn === "openapi");
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const r of routes) expect(spec.hasOperation(r.method, r.specPath), `${r.method} ${r.specPath}`).toBe(true);
  });
});

describe("n8n responses validate against openapi.yml", () => {
  it("requires the API key", async () => {
    const res = await request(sb.url, "GET", "/n8n/api/v1/workflows");
    expect(res.status).toBe(401);
    expect((await api("GET", "/api/v1/workflows", undefined, "wrong")).status).toBe(401);
  });

  it("lists workflows with cursor paging and filters", async () => {
    const all = await workflows();
    expect(all).toHaveLength(8);
    const first = await api("GET", "/api/v1/workflows?limit=3");
    expect(first.body.data).toHaveLength(3);
    const second = await api("GET", `/api/v1/workflows?cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.data).toHaveLength(3);
    const third = await api("GET", `/api/v1/workflows?cursor=${encodeURIComponent(second.body.nextCursor)}`);
    expect(third.body.nextCursor).toBeNull();
    const ids = [...first.body.data, ...second.body.data, ...third.body.data].map((w: Wf) => w.id);
    expect(ids).toEqual(all.map((w) => w.id));
    expect((await api("GET", "/api/v1/workflows?active=true")).body.data.every((w: Wf) => w.active)).toBe(true);
    const tagged = (await api("GET", "/api/v1/workflows?tags=cobranza")).body.data;
    expect(tagged.map((w: Wf) => w.name)).toEqual(["Recordatorio de facturas vencidas"]);
    expect((await api("GET", "/api/v1/workflows?name=reporte")).body.data).toHaveLength(1);
    expect((await api("GET", "/api/v1/workflows?cursor=garbage")).status).toBe(400);
    expect((await api("GET", `/api/v1/workflows/${all[0].id}`)).body.id).toBe(all[0].id);
    expect((await api("GET", "/api/v1/workflows/nope")).status).toBe(404);
  });

  it("activate: 400 without a trigger, 409 on a webhook path conflict; deactivate", async () => {
    const all = await workflows();
    const manual = all.find((w) =>
      w.nodes.every((n) => n.type === "n8n-nodes-base.odoo" || n.type.endsWith("manualTrigger")),
    );
    expect((await api("POST", `/api/v1/workflows/${manual?.id}/activate`)).status).toBe(400);
    const draft = all.find((w) => w.name.startsWith("Pedido confirmado v2"));
    expect((await api("POST", `/api/v1/workflows/${draft?.id}/activate`)).status).toBe(409);
    const survey = all.find((w) => w.name.startsWith("Encuesta"));
    expect((await api("POST", `/api/v1/workflows/${survey?.id}/activate`)).body.active).toBe(true);
    expect((await api("POST", `/api/v1/workflows/${survey?.id}/deactivate`)).body.active).toBe(false);
    expect((await api("POST", "/api/v1/workflows/nope/activate")).status).toBe(404);
    const sent = (await control(sb)("GET", "/sent?service=n8n")).body.map((e: { kind: string }) => e.kind);
    expect(sent).toEqual(["workflow_activated", "workflow_deactivated"]);
  });

  it("create accepts exactly name, nodes, connections and settings", async () => {
    const base = {
      name: "Nuevo flujo",
      nodes: [
        {
          name: "Webhook",
          type: "n8n-nodes-base.webhook",
          typeVersion: 2,
          position: [0, 0],
          parameters: { path: "nuevo", httpMethod: "POST" },
        },
      ],
      connections: {},
      settings: { executionOrder: "v1" },
    };
    const created = await api("POST", "/api/v1/workflows", base);
    expect(created.body.active).toBe(false);
    expect((await api("POST", "/api/v1/workflows", { ...base, active: true })).status).toBe(400);
    expect(
      (await api("POST", "/api/v1/workflows", { ...base, settings: { executionOrder: "v1", binaryMode: "x" } })).status,
    ).toBe(400);
    const { settings: _s, ...noSettings } = base;
    expect((await api("POST", "/api/v1/workflows", noSettings)).status).toBe(400);
  });

  it("executions: newest first, status and workflow filters, string ids, error data, retry", async () => {
    const page = (await api("GET", "/api/v1/executions?limit=50")).body;
    expect(page.data).toHaveLength(50);
    const started = page.data.map((e: { startedAt: string }) => e.startedAt);
    expect([...started].sort().reverse()).toEqual(started);
    expect(typeof page.data[0].id).toBe("string");
    const next = (await api("GET", `/api/v1/executions?cursor=${encodeURIComponent(page.nextCursor)}`)).body.data;
    expect(Number(next[0].id)).toBeLessThan(Number(page.data[49].id));
    const errors = (await api("GET", "/api/v1/executions?status=error&limit=250")).body.data;
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.every((e: { status: string }) => e.status === "error")).toBe(true);
    const wf = errors[0].workflowId;
    const byWorkflow = (await api("GET", `/api/v1/executions?workflowId=${wf}&limit=250`)).body.data;
    expect(byWorkflow.every((e: { workflowId: string }) => e.workflowId === wf)).toBe(true);
    expect((await api("GET", "/api/v1/executions?workflowId=unknown")).body.data).toEqual([]);
    const detail = (await api("GET", `/api/v1/executions/${errors[0].id}?includeData=true`)).body;
    expect(detail.data.resultData.error.message).toBeTruthy();
    expect(detail.data.resultData.error.node.name).toBeTruthy();
    const retry = await api("POST", `/api/v1/executions/${errors[0].id}/retry`);
    expect(retry.body).toMatchObject({ mode: "retry", retryOf: errors[0].id, status: "success" });
    const ok = (await api("GET", "/api/v1/executions?status=success&limit=1")).body.data[0];
    expect((await api("POST", `/api/v1/executions/${ok.id}/retry`)).status).toBe(409);
    expect((await api("GET", "/api/v1/executions/999999")).status).toBe(404);
  });

  it("tags", async () => {
    const tags = (await api("GET", "/api/v1/tags")).body.data;
    expect(tags.map((t: { name: string }) => t.name)).toContain("whatsapp");
  });

  it("webhook triggers run only while active and record an execution", async () => {
    const all = await workflows();
    const survey = all.find((w) => w.name.startsWith("Encuesta")) as Wf;
    const inactive = await request(sb.url, "GET", "/n8n/webhook/encuesta-satisfaccion");
    expect(inactive.status).toBe(404);
    expect(inactive.body.message).toMatch(/webhook .* is not registered/);
    await api("POST", `/api/v1/workflows/${survey.id}/activate`);
    const before = (await api("GET", `/api/v1/executions?workflowId=${survey.id}`)).body.data.length;
    const run = await request(sb.url, "GET", "/n8n/webhook/encuesta-satisfaccion?nota=7");
    expect(run.status).toBe(200);
    expect((await api("GET", `/api/v1/executions?workflowId=${survey.id}`)).body.data.length).toBe(before + 1);
    expect((await request(sb.url, "POST", "/n8n/webhook/encuesta-satisfaccion")).status).toBe(404);
    const sent = (await control(sb)("GET", "/sent?service=n8n&kind=webhook_called")).body;
    expect(sent[0]).toMatchObject({ method: "GET", path: "/webhook/encuesta-satisfaccion" });
  });

  it("covered every OpenAPI route the sandbox serves", () => {
    const expected = routeTable
      .filter((r) => r.service === "n8n" && r.documentedIn === "openapi")
      .map((r) => `${r.method} ${r.path}`);
    expect(expected.filter((k) => !exercised.has(k))).toEqual([]);
  });
});
