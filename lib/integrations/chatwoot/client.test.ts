import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CW, rejection, startTestSandbox, type TestSandbox } from "../testing/sandbox";
import { createChatwootClient } from "./client";

let sb: TestSandbox;
const fast = { timeoutMs: 2_000, backoff: { baseMs: 10, maxMs: 50 }, tenantId: "t-test" };
const client = (token = CW.token) =>
  createChatwootClient({ baseUrl: `${sb.chatwootUrl}/`, accountId: CW.accountId, token }, fast);

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe("Chatwoot client against the sandbox", () => {
  it("reads the profile with the account and role", async () => {
    const p = await client().profile();
    expect(p).toMatchObject({ name: "Camila Rojas", role: "administrator" });
    expect(p.accounts.map((a) => a.id)).toContain(1);
  });

  it("markRead clears a conversation's unread count at Chatwoot, and a missing one is upstream_not_found", async () => {
    const { conversationId } = await sb.control<{ conversationId: number }>("POST", "/inbound", {
      phone: "+56933334444",
      name: "Rosa Lectura",
      content: "¿Me confirman el pedido?",
    });
    const c = client();
    expect((await c.getConversation(conversationId)).unreadCount).toBeGreaterThan(0);
    await expect(c.markRead(conversationId)).resolves.toBeUndefined();
    expect((await c.getConversation(conversationId)).unreadCount).toBe(0);
    const sent = await sb.control<{ path: string; kind: string }[]>("GET", "/sent?service=chatwoot");
    expect(sent.map((r) => r.path)).toContain(`/api/v1/accounts/1/conversations/${conversationId}/update_last_seen`);
    expect(await rejection(c.markRead(999_999))).toMatchObject({ code: "upstream_not_found" });
  });

  it("lists inboxes with WhatsApp templates", async () => {
    const inboxes = await client().listInboxes();
    const wa = inboxes.find((i) => i.isWhatsapp);
    expect(wa?.templates.map((t) => t.name)).toContain("confirmacion_pedido");
    expect(wa?.templates.find((t) => t.name === "promo_invierno")?.approved).toBe(false);
    expect(inboxes.find((i) => !i.isWhatsapp)?.templates).toEqual([]);
  });

  it("lists conversations with counts and paging, and filters", async () => {
    const c = client();
    const first = await c.listConversations({ status: "open" });
    expect(first.items).toHaveLength(25);
    expect(first.hasMore).toBe(true);
    expect(first.meta.all).toBeGreaterThan(25);
    expect(first.items.every((i) => i.status === "open")).toBe(true);
    const second = await c.listConversations({ status: "open", page: 2 });
    expect(second.page).toBe(2);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const unassigned = await c.listConversations({ status: "all", assigneeType: "unassigned" });
    expect(unassigned.items.every((i) => i.assignee === null)).toBe(true);
    const web = await c.listConversations({ status: "all", inboxId: 2 });
    expect(web.items.every((i) => i.inboxId === 2)).toBe(true);
    const label = first.items.find((i) => i.labels.length > 0)?.labels[0] ?? "cotizacion";
    const labelled = await c.listConversations({ status: "all", labels: [label] });
    expect(labelled.items.every((i) => i.labels.includes(label))).toBe(true);
    const searched = await c.listConversations({ q: "Constructora Los Andes" });
    expect(searched.items.map((i) => i.id)).toContain(1);
  });

  it("gets a conversation and pages its messages backwards and forwards", async () => {
    const c = client();
    const conv = await c.getConversation(1);
    expect(conv.contact?.name).toContain("Constructora Los Andes");
    const latest = await c.listMessages(1);
    expect(latest).toHaveLength(20);
    const older = await c.listMessages(1, { before: latest[0].id });
    expect(older).toHaveLength(20);
    expect(older[19].id).toBeLessThan(latest[0].id);
    const newer = await c.listMessages(1, { after: older[19].id });
    expect(newer[0].id).toBeGreaterThan(older[19].id);
    expect(["incoming", "outgoing", "activity", "template"]).toContain(latest[0].messageType);
  });

  it("sends a reply, a private note and a template, echoing echoId", async () => {
    const c = client();
    const open = (await c.listConversations({ status: "open" })).items.find((i) => i.canReply);
    if (!open) throw new Error("seed has an open conversation that can reply");
    const reply = await c.sendMessage(open.id, { content: "Hola, le confirmo stock.", echoId: "echo-1" });
    expect(reply).toMatchObject({ echoId: "echo-1", messageType: "outgoing", status: "sent", private: false });
    const note = await c.sendMessage(open.id, { content: "Cliente frecuente", private: true, echoId: "echo-2" });
    expect(note.private).toBe(true);
    const wa = (await c.listConversations({ status: "all", inboxId: 1 })).items[0];
    const tpl = await c.sendMessage(wa.id, {
      echoId: "echo-3",
      templateParams: {
        name: "confirmacion_pedido",
        category: "UTILITY",
        language: "es",
        processedParams: { body: { "1": "Pedro", "2": "S00042" } },
      },
    });
    expect(tpl.content).toContain("Pedro");
    const sent = await sb.control<{ kind: string }[]>("GET", "/sent?service=chatwoot");
    expect(sent.map((e) => e.kind)).toEqual(["message_created", "note_created", "template_sent"]);
  });

  it("changes status (with snooze), assigns, unassigns and replaces labels", async () => {
    const c = client();
    const snoozeUntil = new Date(Date.now() + 86_400_000);
    expect(await c.toggleStatus(2, { status: "snoozed", snoozedUntil: snoozeUntil })).toEqual({
      conversationId: 2,
      status: "snoozed",
    });
    const snoozed = await c.getConversation(2);
    expect(snoozed.status).toBe("snoozed");
    expect(Date.parse(snoozed.snoozedUntil ?? "")).toBeCloseTo(snoozeUntil.getTime(), -4);
    expect((await c.toggleStatus(2, { status: "resolved" })).status).toBe("resolved");
    const agents = await c.listAgents();
    const agent = await c.assign(2, { assigneeId: agents[1].id });
    expect(agent?.id).toBe(agents[1].id);
    expect(await c.assign(2, { assigneeId: null })).toBeNull();
    expect((await c.getConversation(2)).assignee).toBeNull();
    const labels = await c.listLabels();
    expect(await c.setConversationLabels(2, [labels[0].title])).toEqual([labels[0].title]);
    expect(await c.getConversationLabels(2)).toEqual([labels[0].title]);
  });

  it("reads reference data: labels, canned responses (with search), agents", async () => {
    const c = client();
    expect((await c.listLabels()).length).toBe(6);
    const canned = await c.listCannedResponses();
    expect(canned).toHaveLength(6);
    const one = await c.listCannedResponses(canned[0].shortCode);
    expect(one.map((x) => x.id)).toContain(canned[0].id);
    expect((await c.listAgents()).map((a) => a.role)).toContain("agent");
  });

  it("lists, searches and creates contacts, and reads a contact's conversations", async () => {
    const c = client();
    const page1 = await c.listContacts();
    expect(page1.items).toHaveLength(15);
    expect(page1.hasMore).toBe(true);
    const found = await c.searchContacts(page1.items[0].name);
    expect(found.items.map((x) => x.id)).toContain(page1.items[0].id);
    const created = await c.createContact({ inboxId: 1, name: "Rosa Díaz", phoneNumber: "+56977778888" });
    expect(created).toMatchObject({ name: "Rosa Díaz", phoneNumber: "+56977778888" });
    const dup = await rejection(c.createContact({ inboxId: 1, name: "Otra", phoneNumber: "+56977778888" }));
    expect(dup).toMatchObject({ code: "unprocessable", details: { upstreamStatus: 422 } });
    const conv = await c.getConversation(1);
    const convs = await c.getContactConversations(conv.contact?.id ?? 0);
    expect(convs.map((x) => x.id)).toContain(1);
  });

  it("reads the reports summary and a time series", async () => {
    const c = client();
    const until = new Date();
    const since = new Date(until.getTime() - 7 * 86_400_000);
    const summary = await c.reportsSummary({ since, until });
    expect(summary.incomingMessagesCount).toBeGreaterThan(0);
    expect(typeof summary.avgFirstResponseTime).toBe("number");
    expect(summary.previous).not.toBeNull();
    const series = await c.reportsTimeseries({ metric: "incoming_messages_count", since, until });
    expect(series.length).toBeGreaterThanOrEqual(7);
    expect(typeof series[0].value).toBe("number");
    expect(series[0].timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("an agent's token is refused on reports with a forbidden code that says why", async () => {
    const e = await rejection(client(CW.agentToken).reportsSummary({ since: 0, until: 1_000 }));
    expect(e).toMatchObject({ code: "upstream_forbidden", details: { service: "chatwoot", upstreamStatus: 401 } });
    expect((e as Error).message).toContain("administrador");
  });

  it("creates, lists and deletes a webhook, returning its secret", async () => {
    const c = client();
    const hook = await c.createWebhook({
      url: "https://hub.example.cl/api/webhooks/chatwoot/x",
      subscriptions: ["message_created"],
    });
    expect(hook.secret).toBeTruthy();
    expect((await c.listWebhooks()).map((w) => w.id)).toContain(hook.id);
    await c.deleteWebhook(hook.id);
    expect((await c.listWebhooks()).map((w) => w.id)).not.toContain(hook.id);
  });

  it("pins the account: another account id answers not found", async () => {
    const other = createChatwootClient({ baseUrl: sb.chatwootUrl, accountId: 2, token: CW.token }, fast);
    expect(await rejection(other.listInboxes())).toMatchObject({ code: "upstream_not_found" });
  });
});
