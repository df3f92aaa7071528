import { createHmac, randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { SseReader } from "../../tests/events/sse-reader";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";

// Chatwoot → Hub webhooks and the live stream, against the running app and the sandbox: signed
// events stored once, refusals stored never, and each event reaching only its own tenant's streams.
const hubUrl = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const sandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4199}`;
const chatwoot = { baseUrl: `${sandboxUrl}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" };

type Side = { api: APIRequestContext; tenantId: string; cookie: string };
type Hook = { integrationId: string; secret: string; url: string };

let a: Side; // connected to the sandbox's Chatwoot
let b: Side; // another business, not connected
let hook: Hook;
const streams: SseReader[] = [];

async function newSide(label: string): Promise<Side> {
  const api = await playwrightRequest.newContext({ baseURL: hubUrl });
  await signUpViaApi(api, label);
  const tenant = await createWorkspaceViaApi(api, label);
  const { cookies } = await api.storageState();
  return { api, tenantId: tenant.id, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

/** Connects Chatwoot through the Integrations API, which registers the Hub's webhook at the sandbox. */
async function connectChatwoot(side: Side): Promise<Hook> {
  const res = await side.api.put(`/api/tenants/${side.tenantId}/integrations/chatwoot`, { data: chatwoot });
  expect(res.status(), await res.text()).toBe(200);
  const url: string = (await res.json()).integration.webhook.url;
  const integrationId = /\/api\/webhooks\/chatwoot\/([0-9a-f-]{36})/.exec(url)?.[1];
  if (!integrationId) throw new Error(`no integration id in ${url}`);
  // The signing secret lives at Chatwoot (here the sandbox); the Hub never shows it.
  const list = await fetch(`${chatwoot.baseUrl}/api/v1/accounts/1/webhooks`, {
    headers: { api_access_token: chatwoot.token },
  });
  const { payload } = (await list.json()) as { payload: { webhooks: { url: string; secret: string }[] } };
  const registered = payload.webhooks.find((w) => w.url.includes(integrationId));
  if (!registered) throw new Error("the Hub's webhook is not registered at the sandbox");
  return { integrationId, secret: registered.secret, url: `/api/webhooks/chatwoot/${integrationId}` };
}

async function openStream(side: Side, options: { tenantId?: string; lastEventId?: number } = {}) {
  const headers: Record<string, string> = { cookie: side.cookie, accept: "text/event-stream" };
  if (options.lastEventId !== undefined) headers["last-event-id"] = String(options.lastEventId);
  const res = await fetch(`${hubUrl}/api/events?tenant=${options.tenantId ?? side.tenantId}`, { headers });
  if (!res.ok || !res.body) return { res, reader: null };
  const reader = new SseReader(res.body);
  streams.push(reader);
  await reader.next((f) => f.event === "ready");
  return { res, reader };
}

async function streamFor(side: Side, lastEventId?: number): Promise<SseReader> {
  const { res, reader } = await openStream(side, { lastEventId });
  expect(res.status).toBe(200);
  if (!reader) throw new Error("no stream");
  return reader;
}

/** A WhatsApp customer writes in through the sandbox, which fires signed webhooks at the Hub. */
async function inbound(content: string): Promise<{ conversationId: number; messageId: number }> {
  const res = await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: "+56998765432", name: "Marcela Soto", content }),
  });
  expect(res.status).toBe(201);
  return res.json();
}

const sign = (secret: string, timestamp: number, body: string) =>
  `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

/** Posts a webhook the way Chatwoot does, with a chosen secret, timestamp and delivery id. */
function postWebhook(
  body: string,
  options: { secret?: string; timestamp?: number; delivery?: string; signature?: string | null; path?: string } = {},
) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-chatwoot-timestamp": String(timestamp),
    "x-chatwoot-delivery": options.delivery ?? randomUUID(),
  };
  const signature =
    options.signature === undefined ? sign(options.secret ?? hook.secret, timestamp, body) : options.signature;
  if (signature !== null) headers["x-chatwoot-signature"] = signature;
  return fetch(`${hubUrl}${options.path ?? hook.url}`, { method: "POST", headers, body });
}

const messageBody = (messageId: number, content = "Hola, ¿hacen despacho a Maipú?") =>
  JSON.stringify({
    event: "message_created",
    id: messageId,
    content,
    message_type: "incoming",
    private: false,
    created_at: new Date().toISOString(),
    conversation: { id: 1 },
    account: { id: 1 },
  });

const isMessage = (messageId: number) => (f: { event: string; json: Record<string, unknown> | null }) =>
  f.event === "message.created" && f.json?.messageId === messageId;

/** Everything stored for a tenant, read back through the stream's replay from the start. */
async function storedMessageIds(side: Side): Promise<unknown[]> {
  const reader = await streamFor(side, 0);
  const ids = reader.frames.filter((f) => f.event === "message.created").map((f) => f.json?.messageId);
  await reader.cancel();
  return ids;
}

const expectError = async (res: Response, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(await res.json()).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  a = await newSide("Ferretería Webhooks");
  b = await newSide("Panadería Webhooks");
  hook = await connectChatwoot(a);
});

test.afterEach(async () => {
  await Promise.all(streams.splice(0).map((s) => s.cancel()));
  await fetch(`${sandboxUrl}/__sandbox/config`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ duplicateWebhooks: false }),
  });
});

test.afterAll(async () => {
  await Promise.all([a?.api.dispose(), b?.api.dispose()]);
});

test("an inbound message reaches the tenant's open stream within 2 s, and never another tenant's", async () => {
  const streamA = await streamFor(a);
  const streamB = await streamFor(b);
  const sent = await inbound(`¿Les queda cemento? ${randomUUID().slice(0, 6)}`);
  const frame = await streamA.next(isMessage(sent.messageId), 2000);
  expect(frame.id).toMatch(/^\d+$/);
  expect(frame.json).toMatchObject({
    kind: "message.created",
    chatwootEvent: "message_created",
    conversationId: sent.conversationId,
    messageType: "incoming",
  });
  expect(await streamB.eventsWithin(1000)).toEqual([]);
});

test("the stream answers 401 without a session and 404 for a tenant the user is not in", async () => {
  const anonymous = await fetch(`${hubUrl}/api/events?tenant=${a.tenantId}`);
  await expectError(anonymous, 401, "unauthorized");
  const { res } = await openStream(b, { tenantId: a.tenantId });
  await expectError(res, 404, "not_found");
  const { res: malformed } = await openStream(b, { tenantId: "not-a-uuid" });
  await expectError(malformed, 404, "not_found");
});

test("the stream carries SSE headers", async () => {
  const { res } = await openStream(a);
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  expect(res.headers.get("cache-control")).toContain("no-transform");
  expect(res.headers.get("x-accel-buffering")).toBe("no");
});

test("a bad signature is refused with 401 and nothing is stored", async () => {
  const messageId = 900_000 + Math.floor(Math.random() * 99_999);
  const body = messageBody(messageId);
  await expectError(await postWebhook(body, { secret: "not-the-secret" }), 401, "unauthorized");
  await expectError(await postWebhook(body, { signature: null }), 401, "unauthorized");
  // The URL token is for Chatwoot versions that do not sign; once a signing secret is known it is not enough.
  const token = new URL(`${hubUrl}${hook.url}?token=x`);
  await expectError(
    await postWebhook(body, { signature: null, path: `${token.pathname}?token=guess` }),
    401,
    "unauthorized",
  );
  await expectError(
    await postWebhook(`${body} `, { signature: sign(hook.secret, Math.floor(Date.now() / 1000), body) }),
    401,
    "unauthorized",
  );
  expect(await storedMessageIds(a)).not.toContain(messageId);

  // The same body signed properly goes through, so the refusals above were about the signature.
  const ok = await postWebhook(body);
  expect(ok.status).toBe(200);
  expect(await storedMessageIds(a)).toContain(messageId);
});

test("an old or future timestamp is refused even with a valid signature", async () => {
  const messageId = 800_000 + Math.floor(Math.random() * 99_999);
  const body = messageBody(messageId);
  const now = Math.floor(Date.now() / 1000);
  await expectError(await postWebhook(body, { timestamp: now - 6 * 60 }), 401, "unauthorized");
  await expectError(await postWebhook(body, { timestamp: now + 6 * 60 }), 401, "unauthorized");
  expect(await storedMessageIds(a)).not.toContain(messageId);
});

test("a replayed delivery is stored once and both answers are 200", async () => {
  const messageId = 700_000 + Math.floor(Math.random() * 99_999);
  const body = messageBody(messageId);
  const delivery = randomUUID();
  // A replay repeats the signed timestamp: a new one would need the secret to sign it.
  const timestamp = Math.floor(Date.now() / 1000);
  const first = await postWebhook(body, { delivery, timestamp });
  expect(first.status).toBe(200);
  expect(await first.json()).toEqual({ received: true, duplicate: false });
  const again = await postWebhook(body, { delivery, timestamp });
  expect(again.status).toBe(200);
  expect(await again.json()).toEqual({ received: true, duplicate: true });
  expect((await storedMessageIds(a)).filter((id) => id === messageId)).toHaveLength(1);
});

test("a captured signed delivery replayed with another delivery id, and with none, is stored once", async () => {
  const messageId = 600_000 + Math.floor(Math.random() * 99_999);
  const body = messageBody(messageId);
  const timestamp = Math.floor(Date.now() / 1000);
  expect(await (await postWebhook(body, { timestamp })).json()).toEqual({ received: true, duplicate: false });
  expect(await (await postWebhook(body, { timestamp, delivery: randomUUID() })).json()).toEqual({
    received: true,
    duplicate: true,
  });
  // postWebhook always sends a delivery id; this replay sends none.
  const res = await fetch(`${hubUrl}${hook.url}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-chatwoot-timestamp": String(timestamp),
      "x-chatwoot-signature": sign(hook.secret, timestamp, body),
    },
    body,
  });
  expect(await res.json()).toEqual({ received: true, duplicate: true });
  expect((await storedMessageIds(a)).filter((id) => id === messageId)).toHaveLength(1);
});

test("a signed delivery whose content holds NUL is stored and reaches the stream", async () => {
  const stream = await streamFor(a);
  const messageId = 500_000 + Math.floor(Math.random() * 99_999);
  const res = await postWebhook(messageBody(messageId, "Hola\u0000, ¿hacen despacho?"));
  expect(res.status).toBe(200);
  const frame = await stream.next(isMessage(messageId), 2000);
  expect(frame.json?.contentPreview).toBe("Hola, ¿hacen despacho?");
});

test("Chatwoot's duplicate deliveries become one event", async () => {
  await fetch(`${sandboxUrl}/__sandbox/config`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ duplicateWebhooks: true }),
  });
  const stream = await streamFor(a);
  const sent = await inbound(`Duplicado ${randomUUID().slice(0, 6)}`);
  await stream.next(isMessage(sent.messageId), 2000);
  // Both copies were delivered and accepted...
  await expect
    .poll(async () => {
      const res = await fetch(`${sandboxUrl}/__sandbox/deliveries`);
      const body = (await res.json()) as { deliveries?: unknown[] } | unknown[];
      const list = (Array.isArray(body) ? body : (body.deliveries ?? [])) as {
        url: string;
        event: string;
        status: number | null;
      }[];
      return list
        .filter((d) => d.url.includes(hook.integrationId) && d.event === "message_created")
        .slice(-2)
        .map((d) => d.status);
    })
    .toEqual([200, 200]);
  // ...and only one reached the stream or the table.
  expect((await stream.eventsWithin(500)).filter(isMessage(sent.messageId))).toHaveLength(1);
  expect((await storedMessageIds(a)).filter((id) => id === sent.messageId)).toHaveLength(1);
});

test("a stream resumed with Last-Event-ID replays what it missed", async () => {
  const first = await streamFor(a);
  const seen = await inbound(`Antes del corte ${randomUUID().slice(0, 6)}`);
  const lastFrame = await first.next(isMessage(seen.messageId), 2000);
  await first.cancel();

  const missed = await inbound(`Durante el corte ${randomUUID().slice(0, 6)}`);
  // Wait until the Hub has stored it (the sandbox delivers asynchronously).
  await expect.poll(async () => storedMessageIds(a)).toContain(missed.messageId);

  const resumed = await streamFor(a, Number(lastFrame.id));
  const replayed = resumed.frames.filter((f) => f.id !== null);
  expect(replayed.some(isMessage(missed.messageId))).toBe(true);
  expect(replayed.some(isMessage(seen.messageId))).toBe(false);
  expect(replayed.every((f) => Number(f.id) > Number(lastFrame.id))).toBe(true);
});

test("unknown integrations answer 404 and bodies without an event 400, in the one error shape", async () => {
  await expectError(
    await postWebhook(messageBody(1), { path: `/api/webhooks/chatwoot/${randomUUID()}` }),
    404,
    "not_found",
  );
  await expectError(await postWebhook(messageBody(1), { path: "/api/webhooks/chatwoot/nope" }), 404, "not_found");
  await expectError(await postWebhook("not json"), 400, "bad_request");
  await expectError(await postWebhook(JSON.stringify({ id: 1 })), 400, "bad_request");
});

test("events the Hub does not stream are accepted and not stored", async () => {
  const stream = await streamFor(a);
  const res = await postWebhook(JSON.stringify({ event: "conversation_typing_on", conversation: { id: 1 } }));
  expect(res.status).toBe(200);
  expect(await stream.eventsWithin(500)).toEqual([]);
});
