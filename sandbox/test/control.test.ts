import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../server";
import { chatwoot, control, start } from "./helpers";

let sb: Sandbox;

beforeAll(async () => {
  sb = await start({ scale: 600 });
});
afterAll(() => sb.close());

describe("control API", () => {
  it("describes the services and credentials", async () => {
    const info = (await control(sb)("GET", "")).body;
    expect(info.services.chatwoot).toMatchObject({
      prefix: "/chatwoot",
      accountId: 1,
      token: "sandbox-chatwoot-token",
    });
    expect(info.services.odoo).toMatchObject({ database: "demo", login: "admin", apiKey: "sandbox-odoo-key" });
    expect(info.scale).toBe(600);
  });

  it("scale sets the number of conversations", async () => {
    const meta = (await chatwoot(sb)("GET", "/api/v1/accounts/1/conversations?status=all")).body.data.meta;
    expect(meta.all_count).toBe(600);
  });

  it("records what the Hub sent, filterable by service", async () => {
    const cw = chatwoot(sb);
    await cw("POST", "/api/v1/accounts/1/conversations/4/messages", {
      content: "Gracias por su compra",
      echo_id: "e-1",
    });
    await cw("POST", "/api/v1/accounts/1/conversations/4/toggle_status", { status: "pending" });
    await cw("POST", "/api/v1/accounts/1/conversations/4/assignments", { assignee_id: 3 });
    await cw("POST", "/api/v1/accounts/1/conversations/4/labels", { labels: ["factura"] });
    const sent = (await control(sb)("GET", "/sent?service=chatwoot")).body;
    expect(sent.map((e: { kind: string }) => e.kind)).toEqual([
      "message_created",
      "status_toggled",
      "assigned",
      "labels_set",
    ]);
    expect(sent[0]).toMatchObject({
      service: "chatwoot",
      method: "POST",
      path: "/api/v1/accounts/1/conversations/4/messages",
      body: { content: "Gracias por su compra", echo_id: "e-1" },
    });
    expect((await control(sb)("GET", "/sent?service=n8n")).body).toEqual([]);
  });

  it("reset restores the seed and clears the sent log, keeping webhook subscriptions unless asked", async () => {
    const cw = chatwoot(sb);
    await control(sb)("POST", "/reset");
    const seeded = (await cw("GET", "/api/v1/accounts/1/conversations/4/messages")).body.payload;
    const seededStatus = (await cw("GET", "/api/v1/accounts/1/conversations/4")).body.status;
    await cw("POST", "/api/v1/accounts/1/webhooks", {
      url: "http://127.0.0.1:9/x",
      subscriptions: ["message_created"],
    });
    await cw("POST", "/api/v1/accounts/1/conversations/4/toggle_status", {
      status: seededStatus === "pending" ? "open" : "pending",
    });
    await cw("POST", "/api/v1/accounts/1/conversations/4/messages", { content: "Se borrará con el reset" });
    expect((await control(sb)("POST", "/reset")).status).toBe(200);
    expect((await cw("GET", "/api/v1/accounts/1/conversations/4")).body.status).toBe(seededStatus);
    // Times are re-based on the reset moment; ids and contents are the seed's.
    const strip = (ms: { id: number; content: string; status: string }[]) => ms.map((m) => [m.id, m.content, m.status]);
    expect(strip((await cw("GET", "/api/v1/accounts/1/conversations/4/messages")).body.payload)).toEqual(strip(seeded));
    expect((await control(sb)("GET", "/sent")).body).toEqual([]);
    expect((await cw("GET", "/api/v1/accounts/1/webhooks")).body.payload.webhooks).toHaveLength(1);
    await control(sb)("POST", "/reset", { keepWebhooks: false });
    expect((await cw("GET", "/api/v1/accounts/1/webhooks")).body.payload.webhooks).toHaveLength(0);
  });

  it("config switches the Odoo version and validates input", async () => {
    expect((await control(sb)("PUT", "/config", { odooVersion: 19 })).body.odooVersion).toBe(19);
    expect((await control(sb)("PUT", "/config", { odooVersion: 16 })).status).toBe(400);
    expect((await control(sb)("PUT", "/config", { duplicateWebhooks: "yes" })).status).toBe(400);
    await control(sb)("POST", "/reset");
    expect((await control(sb)("GET", "/config")).body).toEqual({ odooVersion: 18, duplicateWebhooks: false });
  });

  it("inbound validates its input", async () => {
    expect((await control(sb)("POST", "/inbound", { phone: "+56911112222" })).status).toBe(400);
    expect((await control(sb)("POST", "/inbound", { content: "Hola" })).status).toBe(400);
  });
});
