import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { N8N, rejection, startTestSandbox, type TestSandbox } from "../testing/sandbox";
import { createN8nClient } from "./client";

let sb: TestSandbox;
const client = (timeoutMs = 2_000) =>
  createN8nClient({ baseUrl: sb.n8nUrl, apiKey: N8N.apiKey }, { timeoutMs, backoff: { baseMs: 10, maxMs: 40 } });

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe("n8n client against the sandbox", () => {
  it("lists workflows with filters and cursor paging", async () => {
    const c = client();
    const all = await c.listWorkflows();
    expect(all.items).toHaveLength(8);
    expect(all.items.every((w) => typeof w.id === "string")).toBe(true);
    const active = await c.listWorkflows({ active: true });
    expect(active.items.every((w) => w.active)).toBe(true);
    const byName = await c.listWorkflows({ name: "Encuesta" });
    expect(byName.items).toHaveLength(1);
    const tag = all.items.flatMap((w) => w.tags)[0];
    const tagged = await c.listWorkflows({ tags: [tag.name] });
    expect(tagged.items.every((w) => w.tags.some((t) => t.name === tag.name))).toBe(true);
    const p1 = await c.listWorkflows({ limit: 3 });
    expect(p1.items).toHaveLength(3);
    expect(p1.nextCursor).toBeTruthy();
    const p2 = await c.listWorkflows({ cursor: p1.nextCursor ?? undefined });
    expect(p2.items[0].id).not.toBe(p1.items[0].id);
  });

  it("gets, deactivates and activates a workflow; surfaces n8n's 400 and 409 refusals", async () => {
    const c = client();
    const { items } = await c.listWorkflows();
    const hook = items.find((w) => w.name.startsWith("Pedido confirmado → aviso"));
    if (!hook) throw new Error("seed workflow missing");
    const full = await c.getWorkflow(hook.id);
    expect(full.webhooks).toEqual([{ method: "POST", path: "pedido-confirmado" }]);
    expect((await c.deactivateWorkflow(hook.id)).active).toBe(false);
    expect((await c.activateWorkflow(hook.id)).active).toBe(true);

    const manual = items.find((w) => w.name.startsWith("Respaldo manual"));
    const e400 = await rejection(c.activateWorkflow(manual?.id ?? ""));
    expect(e400).toMatchObject({ code: "unprocessable", details: { upstreamStatus: 400 } });
    expect((e400 as { details: { upstreamMessage: string } }).details.upstreamMessage).toContain("trigger");
    const draft = items.find((w) => w.name.includes("v2 (borrador)"));
    const e409 = await rejection(c.activateWorkflow(draft?.id ?? ""));
    expect(e409).toMatchObject({ code: "conflict", details: { upstreamStatus: 409 } });
    expect((e409 as Error).message).toContain("ruta de webhook");
    const sent = await sb.control<{ kind: string }[]>("GET", "/sent?service=n8n");
    expect(sent.map((x) => x.kind)).toEqual(["workflow_deactivated", "workflow_activated"]);
  });

  it("creates a workflow sending only name, nodes, connections and settings", async () => {
    const w = await client().createWorkflow({
      name: "Nuevo flujo",
      nodes: [{ name: "Webhook", type: "n8n-nodes-base.webhook", parameters: { path: "nuevo" } }],
      connections: {},
    });
    expect(w).toMatchObject({ name: "Nuevo flujo", active: false });
    const [sent] = await sb.control<{ body: Record<string, unknown> }[]>(
      "GET",
      "/sent?service=n8n&kind=workflow_created",
    );
    expect(Object.keys(sent.body).sort()).toEqual(["connections", "name", "nodes", "settings"]);
  });

  it("lists executions with duration, filters and paging; gets one with data; retries a failed one", async () => {
    const c = client();
    const page = await c.listExecutions({ limit: 20 });
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).toBeTruthy();
    expect(page.items[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(page.items[0].data).toBeUndefined();
    const failed = await c.listExecutions({ status: "error", limit: 5 });
    expect(failed.items.every((e) => e.status === "error")).toBe(true);
    const one = await c.getExecution(failed.items[0].id, { includeData: true });
    expect(one.error?.message).toBeTruthy();
    const wf = await c.listExecutions({ workflowId: failed.items[0].workflowId ?? "", limit: 5 });
    expect(wf.items.every((e) => e.workflowId === failed.items[0].workflowId)).toBe(true);
    const retried = await c.retryExecution(failed.items[0].id);
    expect(retried).toMatchObject({ status: "success", retryOf: failed.items[0].id });
    const again = await rejection(c.retryExecution(retried.id));
    expect(again).toMatchObject({ code: "conflict" });
  });

  it("lists tags and calls a production webhook", async () => {
    const c = client();
    expect((await c.listTags()).items).toHaveLength(8);
    expect(await c.callWebhook("pedido-confirmado", { body: { pedido: "S00042" } })).toEqual({
      message: "Workflow was started",
    });
    const e = await rejection(c.callWebhook("no-existe", { method: "GET" }));
    expect(e).toMatchObject({ code: "upstream_not_found" });
    const sent = await sb.control<unknown[]>("GET", "/sent?service=n8n&kind=webhook_called");
    expect(sent).toHaveLength(1);
  });

  it("works with a base URL pasted with /api/v1 and refuses a wrong key", async () => {
    const withPrefix = createN8nClient({ baseUrl: `${sb.n8nUrl}/api/v1/`, apiKey: N8N.apiKey });
    expect((await withPrefix.listTags()).items.length).toBe(8);
    const wrong = createN8nClient({ baseUrl: sb.n8nUrl, apiKey: "nope" });
    const e = await rejection(wrong.listWorkflows());
    expect(e).toMatchObject({ code: "upstream_unauthorized" });
    expect((e as Error).message).toContain("n8n rechazó la clave API");
  });
});

describe("n8n under faults", () => {
  it.each([
    [{ mode: "delay", ms: 1_000 }, "upstream_timeout"],
    [{ mode: "hang" }, "upstream_timeout"],
    [{ mode: "status", status: 500 }, "upstream_unavailable"],
    [{ mode: "status", status: 503 }, "upstream_unavailable"],
    [{ mode: "status", status: 429, retryAfter: 60 }, "upstream_rate_limited"],
    [{ mode: "malformed" }, "upstream_bad_response"],
    [{ mode: "reset" }, "upstream_unavailable"],
  ])("listExecutions with %o → %s", async (fault, code) => {
    await sb.fault({ service: "n8n", route: "/executions", ...fault });
    expect(await rejection(client(400).listExecutions())).toMatchObject({ code, service: "n8n" });
  });

  it("retries a GET through a 502, never the retry POST", async () => {
    await sb.fault({ service: "n8n", route: "/api/v1/tags", mode: "status", status: 502, times: 2 });
    expect((await client().listTags()).items).toHaveLength(8);
    await sb.fault({ service: "n8n", route: "/retry", mode: "status", status: 503, times: 3 });
    expect(await rejection(client().retryExecution("1"))).toMatchObject({ code: "upstream_unavailable" });
    expect(await sb.control("GET", "/faults")).toMatchObject([{ times: 2 }]);
  });
});
