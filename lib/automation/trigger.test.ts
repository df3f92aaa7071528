import { describe, expect, it } from "vitest";
import { triggerKind, workflowTrigger } from "./trigger";

describe("trigger kind", () => {
  it("reads webhook, schedule or other from the trigger node types", () => {
    expect(triggerKind(["n8n-nodes-base.webhook"])).toBe("webhook");
    expect(triggerKind(["n8n-nodes-base.scheduleTrigger"])).toBe("schedule");
    expect(triggerKind(["n8n-nodes-base.cron"])).toBe("schedule");
    expect(triggerKind(["n8n-nodes-base.manualTrigger"])).toBe("other");
    expect(triggerKind([])).toBe("other");
    expect(triggerKind(["n8n-nodes-base.scheduleTrigger", "n8n-nodes-base.webhook"])).toBe("webhook");
  });

  it("names the webhook the Hub would call", () => {
    expect(
      workflowTrigger({ triggerTypes: ["n8n-nodes-base.webhook"], webhooks: [{ method: "POST", path: "pedido" }] }),
    ).toEqual({ kind: "webhook", webhook: { method: "POST", path: "pedido" } });
    expect(workflowTrigger({ triggerTypes: ["n8n-nodes-base.cron"], webhooks: [] }).webhook).toBeNull();
  });
});
