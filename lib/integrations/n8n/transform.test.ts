import { describe, expect, it } from "vitest";
import * as s from "./n8n-payloads";
import { durationMs, toExecution, toWorkflow, toWorkflowSummary } from "./transform";

const workflow = {
  id: "abc123",
  name: "Pedido confirmado → aviso",
  active: true,
  isArchived: false,
  versionId: "v1",
  triggerCount: 1,
  createdAt: "2026-01-01T10:00:00.000Z",
  updatedAt: "2026-01-02T10:00:00.000Z",
  tags: [{ id: 7, name: "ventas" }],
  nodes: [
    { id: "n1", name: "Webhook", type: "n8n-nodes-base.webhook", parameters: { path: "/pedido", httpMethod: "post" } },
    { id: "n2", name: "Cada día", type: "n8n-nodes-base.scheduleTrigger", parameters: {} },
    { id: "n3", name: "WhatsApp", type: "n8n-nodes-base.httpRequest", parameters: {} },
    { id: "n4", name: "Viejo", type: "n8n-nodes-base.webhook", disabled: true, parameters: { path: "old" } },
  ],
  connections: {},
  settings: { executionOrder: "v1" },
};

describe("n8n transforms", () => {
  it("summarises a workflow: string ids, triggers, production webhooks (default GET, disabled ignored)", () => {
    const w = toWorkflowSummary(s.n8nWorkflow.parse(workflow));
    expect(w).toMatchObject({ id: "abc123", archived: false, nodeCount: 4, tags: [{ id: "7", name: "ventas" }] });
    expect(w.triggerTypes).toEqual(["n8n-nodes-base.webhook", "n8n-nodes-base.scheduleTrigger"]);
    expect(w.webhooks).toEqual([{ method: "POST", path: "pedido" }]);
    const noMethod = s.n8nWorkflow.parse({
      ...workflow,
      nodes: [{ name: "W", type: "n8n-nodes-base.webhook", parameters: { path: "x" } }],
    });
    expect(toWorkflowSummary(noMethod).webhooks).toEqual([{ method: "GET", path: "x" }]);
    expect(toWorkflow(s.n8nWorkflow.parse(workflow)).settings).toEqual({ executionOrder: "v1" });
  });

  it("computes an execution's duration and reads ids as strings whatever n8n sends", () => {
    const e = toExecution(
      s.n8nExecution.parse({
        id: 1042,
        workflowId: 5,
        status: "error",
        mode: "webhook",
        finished: false,
        startedAt: "2026-01-01T10:00:00.000Z",
        stoppedAt: "2026-01-01T10:00:01.250Z",
        retryOf: null,
        data: { resultData: { error: { message: "Timeout de Odoo", node: { name: "Odoo" } } } },
      }),
    );
    expect(e).toMatchObject({
      id: "1042",
      workflowId: "5",
      durationMs: 1250,
      error: { message: "Timeout de Odoo", node: "Odoo" },
    });
    expect(e.retryOf).toBeNull();
  });

  it("has no duration while running or when the clock went backwards", () => {
    expect(durationMs("2026-01-01T10:00:00Z", null)).toBeNull();
    expect(durationMs("2026-01-01T10:00:05Z", "2026-01-01T10:00:00Z")).toBeNull();
  });
});
