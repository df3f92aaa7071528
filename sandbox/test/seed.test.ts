import { describe, expect, it } from "vitest";
import { createWorld } from "../seed/index";
import { isValidRut, rutCheckDigit } from "../seed/rut";

const NOW = Date.UTC(2026, 10, 20, 15, 0, 0);
const world = createWorld(NOW);
const DAY = 86_400;

describe("RUT check digit", () => {
  it("matches the examples in the Odoo notes", () => {
    for (const ok of ["76086428-5", "76882486-K", "60805000-0", "12345678-5", "76.086.428-5", "CL76086428-5"])
      expect(isValidRut(ok), ok).toBe(true);
    for (const bad of ["12345678-9", "12531909-3", "76201224-K"]) expect(isValidRut(bad), bad).toBe(false);
    expect(rutCheckDigit(76882486)).toBe("K");
  });
});

describe("seed", () => {
  it("is deterministic for the same moment", () => {
    expect(JSON.stringify(createWorld(NOW))).toBe(JSON.stringify(world));
  });

  it("Chatwoot: 200 contacts with valid RUTs and +56 9 phones, 120 conversations across statuses", () => {
    const { contacts, conversations } = world.chatwoot;
    expect(contacts).toHaveLength(200);
    expect(contacts.every((c) => c.rut !== null && isValidRut(c.rut))).toBe(true);
    expect(contacts.every((c) => /^\+569\d{8}$/.test(c.phone ?? ""))).toBe(true);
    expect(new Set(contacts.map((c) => c.phone)).size).toBe(200);
    expect(conversations).toHaveLength(120);
    expect(new Set(conversations.map((c) => c.status))).toEqual(new Set(["open", "pending", "resolved", "snoozed"]));
    expect(Math.max(...conversations.map((c) => c.messages.length))).toBeGreaterThanOrEqual(2000);
    const nowS = NOW / 1000;
    const closedWindow = conversations.filter(
      (c) =>
        c.inboxId === 1 &&
        c.status !== "resolved" &&
        nowS - Math.max(...c.messages.filter((m) => m.type === 0).map((m) => m.createdAt)) > DAY,
    );
    expect(closedWindow.length).toBeGreaterThanOrEqual(3);
    expect(conversations.every((c) => c.messages.every((m) => m.createdAt <= nowS))).toBe(true);
    expect(conversations[5].messages[0].content).toMatch(/[áéíóúñ¿]|Hola|Buen/);
  });

  it("Odoo: 40 CLP products, 300 orders over 90 days, 250 invoices", () => {
    const r = world.odoo.records;
    expect(r["product.product"]).toHaveLength(40);
    expect(r["product.product"].every((p) => Number.isInteger(p.list_price))).toBe(true);
    expect(r["sale.order"]).toHaveLength(300);
    const oldest = Math.min(...r["sale.order"].map((o) => Date.parse(`${String(o.date_order).replace(" ", "T")}Z`)));
    expect(NOW - oldest).toBeLessThanOrEqual(91 * DAY * 1000);
    expect(NOW - oldest).toBeGreaterThan(80 * DAY * 1000);
    expect(r["account.move"]).toHaveLength(250);
  });

  it("n8n: 8 workflows, 500 executions mixing success and errors that name the failing node", () => {
    const { workflows, executions } = world.n8n;
    expect(workflows).toHaveLength(8);
    expect(workflows.some((w) => w.nodes.some((n) => n.type === "n8n-nodes-base.webhook"))).toBe(true);
    expect(workflows.some((w) => w.nodes.some((n) => n.type === "n8n-nodes-base.scheduleTrigger"))).toBe(true);
    expect(executions).toHaveLength(500);
    const errors = executions.filter((e) => e.status === "error");
    expect(errors.length).toBeGreaterThan(30);
    expect(errors.length).toBeLessThan(200);
    for (const e of errors) {
      const result = e.data.resultData as { error: { message: string; node: { name: string } } };
      expect(result.error.message).toBeTruthy();
      expect(result.error.node.name).toBeTruthy();
    }
  });

  it("scale grows the inbox", () => {
    const big = createWorld(NOW, 2_000);
    expect(big.chatwoot.conversations).toHaveLength(2_000);
    expect(big.chatwoot.contacts.length).toBeGreaterThan(3_000);
  });
});
