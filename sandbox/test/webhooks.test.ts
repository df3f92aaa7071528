import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../server";
import { chatwoot, control, sleep, start } from "./helpers";

interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
  // biome-ignore lint/suspicious/noExplicitAny: webhook bodies are arbitrary JSON
  body: any;
}

let sb: Sandbox;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let receiverDelayMs = 0;

/** HMAC-SHA256 with WebCrypto, written here rather than reusing the sandbox's signer. */
async function expectedSignature(secret: string, timestamp: string, raw: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(`${timestamp}.${raw}`)));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

async function verify(secret: string, r: Received): Promise<boolean> {
  const ts = String(r.headers["x-chatwoot-timestamp"]);
  return r.headers["x-chatwoot-signature"] === (await expectedSignature(secret, ts, r.raw));
}

async function waitFor(pred: (r: Received[]) => boolean, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  while (!pred(received)) {
    if (Date.now() > until) throw new Error(`timed out; got events ${received.map((r) => r.body.event).join(", ")}`);
    await sleep(20);
  }
}

const events = (name: string) => received.filter((r) => r.body.event === name);

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      setTimeout(() => res.writeHead(200).end("ok"), receiverDelayMs);
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", () => r()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/chatwoot`;
  sb = await start();
});

afterAll(async () => {
  await sb.close();
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
});

let secret: string;
beforeEach(async () => {
  await control(sb)("POST", "/reset", { keepWebhooks: false });
  received = [];
  receiverDelayMs = 0;
  const created = await chatwoot(sb)("POST", "/api/v1/accounts/1/webhooks", {
    url: receiverUrl,
    subscriptions: [
      "message_created",
      "message_updated",
      "conversation_created",
      "conversation_status_changed",
      "conversation_updated",
      "contact_created",
    ],
  });
  secret = created.body.payload.webhook.secret;
});

describe("Chatwoot webhooks", () => {
  it("an inbound message from a new number sends signed contact, conversation and message events", async () => {
    const res = await control(sb)("POST", "/inbound", {
      phone: "+56 9 8765 4321",
      name: "Marta Díaz",
      content: "Hola, ¿tienen cemento?",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ createdContact: true, createdConversation: true });
    await waitFor(() => events("message_created").length === 1);
    expect(received.map((r) => r.body.event)).toEqual(["contact_created", "conversation_created", "message_created"]);
    const msg = events("message_created")[0];
    expect(msg.body).toMatchObject({
      message_type: "incoming",
      content: "Hola, ¿tienen cemento?",
      id: res.body.messageId,
    });
    expect(msg.body.conversation.id).toBe(res.body.conversationId);
    expect(msg.body.sender.phone_number).toBe("+56987654321");
    for (const r of received) {
      expect(await verify(secret, r)).toBe(true);
      expect(Math.abs(Number(r.headers["x-chatwoot-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(r.headers["x-chatwoot-delivery"]).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it("verification fails for a tampered body or another secret", async () => {
    await control(sb)("POST", "/inbound", { phone: "+56987654321", content: "Hola" });
    await waitFor(() => events("message_created").length === 1);
    const r = events("message_created")[0];
    expect(await verify(secret, { ...r, raw: r.raw.replace("Hola", "Chao") })).toBe(false);
    expect(await verify(`${secret}x`, r)).toBe(false);
  });

  it("a second message continues the conversation; replies and status changes are sent too", async () => {
    const first = (await control(sb)("POST", "/inbound", { phone: "+56911112222", content: "Hola" })).body;
    const second = (await control(sb)("POST", "/inbound", { phone: "+56911112222", content: "¿Siguen ahí?" })).body;
    expect(second).toMatchObject({
      conversationId: first.conversationId,
      createdContact: false,
      createdConversation: false,
    });
    await chatwoot(sb)("POST", `/api/v1/accounts/1/conversations/${first.conversationId}/messages`, {
      content: "¡Sí! Dígame.",
    });
    await chatwoot(sb)("POST", `/api/v1/accounts/1/conversations/${first.conversationId}/toggle_status`, {
      status: "resolved",
    });
    await waitFor(
      () => events("conversation_status_changed").length === 1 && events("message_updated").length >= 1,
      4_000,
    );
    const outgoing = events("message_created").find((r) => r.body.message_type === "outgoing");
    expect(outgoing?.body.content).toBe("¡Sí! Dígame.");
    expect(events("conversation_status_changed")[0].body.changed_attributes[0].status).toEqual({
      previous_value: "open",
      current_value: "resolved",
    });
    expect(events("message_updated")[0].body.status).toBe("delivered");
    const third = (await control(sb)("POST", "/inbound", { phone: "+56911112222", content: "Otra consulta" })).body;
    expect(third.createdConversation).toBe(true);
  });

  it("an inbound message into a resolved conversation reopens it", async () => {
    await chatwoot(sb)("POST", "/api/v1/accounts/1/conversations/3/toggle_status", { status: "resolved" });
    const res = await control(sb)("POST", "/inbound", { conversationId: 3, content: "Me falta una cosa" });
    expect(res.body.conversationId).toBe(3);
    await waitFor(() => events("message_created").some((r) => r.body.message_type === "incoming"));
    const statuses = events("conversation_status_changed").map(
      (r) => r.body.changed_attributes[0].status.current_value,
    );
    expect(statuses).toEqual(["resolved", "open"]);
    expect((await control(sb)("POST", "/inbound", { conversationId: 99999, content: "x" })).status).toBe(404);
  });

  it("duplicate deliveries repeat the same delivery id and body when switched on", async () => {
    await control(sb)("PUT", "/config", { duplicateWebhooks: true });
    await control(sb)("POST", "/inbound", { phone: "+56933334444", content: "Hola" });
    await waitFor(() => events("message_created").length === 2);
    const [a, b] = events("message_created");
    expect(a.headers["x-chatwoot-delivery"]).toBe(b.headers["x-chatwoot-delivery"]);
    expect(a.raw).toBe(b.raw);
    await control(sb)("PUT", "/config", { duplicateWebhooks: false });
  });

  it("a slow receiver does not slow the API down", async () => {
    receiverDelayMs = 2_000;
    const t0 = Date.now();
    const res = await control(sb)("POST", "/inbound", { phone: "+56955556666", content: "Hola" });
    expect(res.status).toBe(201);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
