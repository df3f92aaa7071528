import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";
import { connectSandbox, sandboxConnections, sandboxUrl } from "../support/sandbox";

// The Chatwoot proxy against the running app and the sandbox: each route's shape, spot-checked
// against what the sandbox itself answers, writes that land once, and the WhatsApp window guard.

type Conversation = { id: number; canReply: boolean; inboxId: number; status: string; labels: string[] };
type Sent = { service: string; kind: string; path: string; body: Record<string, unknown> };

let api: APIRequestContext;
let base: string;

/** Chatwoot's own answer, straight from the sandbox with the account's token. */
async function upstream<T>(path: string): Promise<T> {
  const { baseUrl, token } = sandboxConnections.chatwoot;
  const res = await fetch(`${baseUrl}/api/v1/accounts/1${path}`, { headers: { api_access_token: token } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function sent(): Promise<Sent[]> {
  return (await (await fetch(`${sandboxUrl}/__sandbox/sent?service=chatwoot`)).json()) as Sent[];
}

async function ok<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

test.beforeAll(async ({ baseURL }) => {
  api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, "Proxy Chatwoot");
  const tenant = await createWorkspaceViaApi(api, "Proxy Chatwoot");
  await connectSandbox(api, tenant.id);
  base = `/api/chatwoot/${tenant.id}`;
});

test.afterAll(async () => {
  await api.dispose();
});

test("conversations: a page with counts, the same first conversation as Chatwoot, and working filters", async () => {
  const page = await ok<{
    items: Conversation[];
    meta: { mine: number; assigned: number; unassigned: number; all: number };
    page: number;
    hasMore: boolean;
  }>(await api.get(`${base}/conversations`));
  const cw = await upstream<{
    data: { meta: { all_count: number; unassigned_count: number }; payload: { id: number }[] };
  }>("/conversations");
  expect(page.page).toBe(1);
  expect(page.items).toHaveLength(25);
  expect(page.hasMore).toBe(true);
  expect(page.items[0].id).toBe(cw.data.payload[0].id);
  expect(page.meta.all).toBe(cw.data.meta.all_count);
  expect(page.meta.unassigned).toBe(cw.data.meta.unassigned_count);
  expect(page.items.every((c) => c.status === "open")).toBe(true);

  const second = await ok<{ items: Conversation[]; page: number }>(await api.get(`${base}/conversations?page=2`));
  expect(second.page).toBe(2);
  expect(second.items.map((c) => c.id)).not.toContain(page.items[0].id);

  const unassigned = await ok<{ items: (Conversation & { assignee: unknown })[] }>(
    await api.get(`${base}/conversations?status=all&assignee=unassigned&inboxId=1`),
  );
  expect(unassigned.items.length).toBeGreaterThan(0);
  for (const c of unassigned.items) {
    expect(c.assignee).toBeNull();
    expect(c.inboxId).toBe(1);
  }

  const labelled = page.items.find((c) => c.labels.length > 0) ?? second.items.find((c) => c.labels.length > 0);
  if (!labelled) throw new Error("the seed has labelled conversations");
  const byLabel = await ok<{ items: Conversation[] }>(
    await api.get(`${base}/conversations?status=all&labels=${labelled.labels[0]}`),
  );
  expect(byLabel.items.length).toBeGreaterThan(0);
  for (const c of byLabel.items) expect(c.labels).toContain(labelled.labels[0]);

  const bad = await api.get(`${base}/conversations?status=cerrada&page=0`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.details.fieldErrors).toHaveProperty("status");
});

test("a conversation, its messages paged backwards and forwards, and its labels", async () => {
  const cw = await upstream<{ id: number; meta: { sender: { name: string } }; labels: string[] }>("/conversations/1");
  const { conversation } = await ok<{ conversation: Conversation & { contact: { name: string } } }>(
    await api.get(`${base}/conversations/1`),
  );
  expect(conversation).toMatchObject({ id: 1, contact: { name: cw.meta.sender.name } });
  expect(typeof conversation.canReply).toBe("boolean");

  type Msg = { id: number; conversationId: number; messageType: string; content: string };
  const latest = (await ok<{ data: Msg[] }>(await api.get(`${base}/conversations/1/messages`))).data;
  expect(latest).toHaveLength(20);
  const ids = latest.map((m) => m.id);
  expect([...ids].sort((x, y) => x - y)).toEqual(ids);
  expect(latest.every((m) => m.conversationId === 1)).toBe(true);
  expect(new Set(latest.map((m) => m.messageType)).size).toBeGreaterThan(0);

  const older = (await ok<{ data: Msg[] }>(await api.get(`${base}/conversations/1/messages?before=${ids[0]}`))).data;
  expect(older).toHaveLength(20);
  expect(older.every((m) => m.id < ids[0])).toBe(true);
  const newer = (await ok<{ data: Msg[] }>(await api.get(`${base}/conversations/1/messages?after=${older[10].id}`)))
    .data;
  expect(newer[0].id).toBe(older[11].id);

  const labels = await ok<{ data: string[] }>(await api.get(`${base}/conversations/1/labels`));
  expect(labels.data).toEqual(cw.labels);

  expect((await api.get(`${base}/conversations/abc`)).status()).toBe(400);
  expect((await api.get(`${base}/conversations/1/messages?before=1&after=2`)).status()).toBe(400);
});

test("reference data: inboxes with their templates, labels, agents, the token's profile and canned responses", async () => {
  type Inbox = { id: number; name: string; isWhatsapp: boolean; templates: { name: string; approved: boolean }[] };
  const inboxes = (await ok<{ data: Inbox[] }>(await api.get(`${base}/inboxes`))).data;
  const whatsapp = inboxes.find((i) => i.isWhatsapp);
  expect(whatsapp).toMatchObject({ id: 1, name: "WhatsApp Ferretería" });
  const templates = Object.fromEntries((whatsapp?.templates ?? []).map((t) => [t.name, t.approved]));
  expect(templates).toMatchObject({ recordatorio_pago: true, confirmacion_pedido: true, promo_invierno: false });

  const labels = (await ok<{ data: { title: string }[] }>(await api.get(`${base}/labels`))).data;
  const cwLabels = await upstream<{ payload: { title: string }[] }>("/labels");
  expect(labels.map((l) => l.title)).toEqual(cwLabels.payload.map((l) => l.title));

  const agents = (await ok<{ data: { id: number; name: string }[] }>(await api.get(`${base}/agents`))).data;
  expect(agents).toHaveLength(3);
  expect(agents.map((a) => a.name)).toContain("Camila Rojas");

  // The token's user, with only the pinned account and never the token itself.
  const profile = await api.get(`${base}/profile`);
  expect(await ok(profile)).toEqual({
    profile: expect.objectContaining({ name: "Camila Rojas", accounts: [expect.objectContaining({ id: 1 })] }),
  });
  expect(await profile.text()).not.toContain(sandboxConnections.chatwoot.token);

  type Canned = { id: number; shortCode: string; content: string };
  const canned = (await ok<{ data: Canned[] }>(await api.get(`${base}/canned-responses`))).data;
  expect(canned.length).toBeGreaterThan(1);
  const one = canned[0];
  const searched = (await ok<{ data: Canned[] }>(await api.get(`${base}/canned-responses?search=${one.shortCode}`)))
    .data;
  expect(searched.map((c) => c.id)).toContain(one.id);
  expect(searched.length).toBeLessThan(canned.length);
});

test("contacts: a page, a search, a new contact, and a contact's conversations", async () => {
  type Contact = { id: number; name: string; phoneNumber: string | null; rut: string | null };
  type Page = { items: Contact[]; count: number | null; page: number; hasMore: boolean };
  const first = await ok<Page>(await api.get(`${base}/contacts`));
  expect(first.items).toHaveLength(15);
  expect(first.count).toBeGreaterThanOrEqual(200);
  expect(first.hasMore).toBe(true);
  const withRut = first.items.find((c) => c.rut);
  expect(withRut?.rut).toMatch(/^[\d.]{7,10}-[\dK]$/);

  const target = first.items.find((c) => c.phoneNumber) ?? first.items[0];
  const found = await ok<Page>(await api.get(`${base}/contacts?q=${encodeURIComponent(target.name)}`));
  expect(found.items.map((c) => c.id)).toContain(target.id);

  const before = (await sent()).length;
  const phone = `+5699${String(Date.now()).slice(-7)}`;
  const created = await ok<{ contact: Contact }>(
    await api.post(`${base}/contacts`, { data: { inboxId: 1, name: "Rosa Pizarro", phoneNumber: phone } }),
    201,
  );
  expect(created.contact).toMatchObject({ name: "Rosa Pizarro", phoneNumber: phone });
  const log = await sent();
  expect(log.slice(before).map((e) => e.kind)).toEqual(["contact_created"]);

  expect(
    (
      await api.post(`${base}/contacts`, { data: { inboxId: 1, name: "Sin formato", phoneNumber: "912345678" } })
    ).status(),
  ).toBe(400);

  const { conversation } = await ok<{ conversation: { contact: { id: number } } }>(
    await api.get(`${base}/conversations/1`),
  );
  const theirs = await ok<{ data: Conversation[] }>(
    await api.get(`${base}/contacts/${conversation.contact.id}/conversations`),
  );
  expect(theirs.data.map((c) => c.id)).toContain(1);
});

test("reports: a summary and a daily series for a range, and ranges that are refused", async () => {
  const until = Math.floor(Date.now() / 1000);
  const since = until - 30 * 86_400;
  const { summary } = await ok<{ summary: Record<string, unknown> }>(
    await api.get(`${base}/reports/summary?since=${since}&until=${until}`),
  );
  expect(summary).toMatchObject({
    conversationsCount: expect.any(Number),
    avgFirstResponseTime: expect.any(Number),
    resolutionsCount: expect.any(Number),
  });
  expect(summary.conversationsCount as number).toBeGreaterThan(0);

  const series = await ok<{ metric: string; data: { timestamp: string; value: number }[] }>(
    await api.get(`${base}/reports/timeseries?metric=incoming_messages_count&since=${since}&until=${until}`),
  );
  expect(series.metric).toBe("incoming_messages_count");
  expect(series.data.length).toBeGreaterThanOrEqual(29);
  expect(series.data.some((p) => p.value > 0)).toBe(true);

  for (const q of [
    `since=${until}&until=${since}`,
    `since=${until - 400 * 86_400}&until=${until}`,
    `since=hoy&until=${until}`,
    `metric=drop&since=${since}&until=${until}`,
  ]) {
    const path = q.startsWith("metric") ? "timeseries" : "summary";
    expect((await api.get(`${base}/reports/${path}?${q}`)).status(), q).toBe(400);
  }
});

test("status, assignment and labels change in Chatwoot, once each", async () => {
  const id = 7;
  const { conversation } = await ok<{ conversation: Conversation & { assignee: { id: number } | null } }>(
    await api.get(`${base}/conversations/${id}`),
  );
  const before = (await sent()).length;
  try {
    const snoozeUntil = Math.floor(Date.now() / 1000) + 3_600;
    expect(
      await ok(
        await api.post(`${base}/conversations/${id}/status`, {
          data: { status: "snoozed", snoozedUntil: snoozeUntil },
        }),
      ),
    ).toEqual({ conversationId: id, status: "snoozed" });
    const assigned = await ok<{ assignee: { id: number } | null }>(
      await api.post(`${base}/conversations/${id}/assignments`, { data: { assigneeId: 2 } }),
    );
    expect(assigned.assignee?.id).toBe(2);
    const labels = await ok<{ data: string[] }>(
      await api.post(`${base}/conversations/${id}/labels`, { data: { labels: ["urgente", "urgente"] } }),
    );
    expect(labels.data).toEqual(["urgente"]);

    const after = await upstream<{ status: string; labels: string[]; meta: { assignee: { id: number } | null } }>(
      `/conversations/${id}`,
    );
    expect(after).toMatchObject({ status: "snoozed", labels: ["urgente"], meta: { assignee: { id: 2 } } });
    expect((await sent()).slice(before).map((e) => e.kind)).toEqual(["status_toggled", "assigned", "labels_set"]);
  } finally {
    // The sandbox is shared by every spec in the run: put the conversation back as it was.
    await api.post(`${base}/conversations/${id}/status`, { data: { status: conversation.status } });
    await api.post(`${base}/conversations/${id}/assignments`, {
      data: { assigneeId: conversation.assignee?.id ?? null },
    });
    await api.post(`${base}/conversations/${id}/labels`, { data: { labels: conversation.labels } });
  }

  for (const body of [{ status: "closed" }, { status: "open", snoozedUntil: 1 }, {}]) {
    expect((await api.post(`${base}/conversations/${id}/status`, { data: body })).status()).toBe(400);
  }
  expect((await api.post(`${base}/conversations/${id}/assignments`, { data: { assigneeId: "2" } })).status()).toBe(400);
});

test("free text into a closed WhatsApp window is refused and never sent; a template or a note goes through", async () => {
  let closed: Conversation | undefined;
  for (let page = 1; page <= 6 && !closed; page++) {
    const res = await ok<{ items: Conversation[] }>(await api.get(`${base}/conversations?status=all&page=${page}`));
    closed = res.items.find((c) => !c.canReply && c.inboxId === 1 && c.status !== "resolved");
  }
  if (!closed) throw new Error("the seed has WhatsApp conversations with a closed window");
  const path = `${base}/conversations/${closed.id}/messages`;

  const before = (await sent()).length;
  const refused = await api.post(path, { data: { content: "¿Sigue interesado?", echoId: randomUUID() } });
  expect(refused.status()).toBe(422);
  const { error } = await refused.json();
  expect(error).toMatchObject({ code: "unprocessable", details: { reason: "whatsapp_window_closed" } });
  expect(error.message).toMatch(/ventana de 24 horas/);
  expect(error.message).toMatch(/plantilla/);
  expect(await sent()).toHaveLength(before);

  const echoId = randomUUID();
  const template = {
    name: "recordatorio_pago",
    category: "UTILITY",
    language: "es",
    processedParams: { body: { "1": "Rosa", "2": "F-1234" } },
  };
  const { message } = await ok<{ message: { echoId: string; conversationId: number } }>(
    await api.post(path, { data: { echoId, templateParams: template } }),
    201,
  );
  expect(message).toMatchObject({ echoId, conversationId: closed.id });

  const note = await api.post(path, {
    data: { content: "Cliente pidió llamar el lunes.", private: true, echoId: randomUUID() },
  });
  expect(note.status()).toBe(201);

  const log = (await sent()).slice(before);
  expect(log.map((e) => e.kind)).toEqual(["template_sent", "note_created"]);
  expect(log[0].body).toMatchObject({ echo_id: echoId, template_params: { name: "recordatorio_pago" } });

  // Without an echo id, or with neither text nor template, nothing is sent either.
  expect((await api.post(path, { data: { content: "hola" } })).status()).toBe(400);
  expect((await api.post(path, { data: { echoId: randomUUID() } })).status()).toBe(400);
  expect(await sent()).toHaveLength(before + 2);
});
