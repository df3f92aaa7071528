import { describe, expect, it } from "vitest";
import { loadN8nSpec, SpecValidator } from "@/sandbox/test/contracts";
import { templates } from "./catalog";
import { templateIds } from "./template-types";

// Each template's POST /workflows body against n8n's own OpenAPI schema (nodes and settings forbid
// unknown fields there), so an import works on a real n8n, not only on the sandbox.
const spec = new SpecValidator(loadN8nSpec(), "n8n", "3.0", "/api/v1");

describe("SmarterOS templates", () => {
  it.each(templateIds)("%s is a valid n8n workflow body with a webhook trigger and no secret", (id) => {
    const draft = templates[id].build({ hubOrigin: "https://hub.example.cl", newId: () => crypto.randomUUID() });
    expect(Object.keys(draft).sort()).toEqual(["connections", "name", "nodes", "settings"]);
    expect(spec.validateRef("#/components/schemas/workflow", draft)).toEqual({ ok: true });
    const names = new Set(draft.nodes.map((n) => n.name));
    for (const [from, to] of Object.entries(draft.connections)) {
      expect(names.has(from)).toBe(true);
      const targets = (to as { main: { node: string }[][] }).main.flat().map((c) => c.node);
      expect(targets.every((t) => names.has(t))).toBe(true);
    }
    expect(draft.nodes[0]).toMatchObject({
      type: "n8n-nodes-base.webhook",
      parameters: { path: templates[id].webhookPath },
    });
    expect(JSON.stringify(draft)).not.toMatch(/sk_|Bearer [A-Za-z0-9]{20,}/);
  });
});
