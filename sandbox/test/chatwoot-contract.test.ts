import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatwootRouter } from "../chatwoot/index";
import { routeTable } from "../routes";
import type { Sandbox } from "../server";
import { loadChatwootSpec, SpecValidator } from "./contracts";
import { chatwootDeviation, patchChatwootSpec } from "./deviations";
import { CW_AGENT_TOKEN, CW_TOKEN, request, sleep, start } from "./helpers";

const spec = new SpecValidator(patchChatwootSpec(loadChatwootSpec()), "chatwoot", "3.1");
const A = "/api/v1/accounts/1";
let sb: Sandbox;
const exercised = new Set<string>();

/** Calls the sandbox and asserts the response matches the spec for that route and status. */
async function cw(method: string, path: string, body?: unknown, token = CW_TOKEN) {
  const res = await request(sb.url, method, `/chatwoot${path}`, { headers: { api_access_token: token }, body });
  const match = chatwootRouter.match(method, path.split("?")[0]);
  expect(match, `${method} ${path} is routed`).toBeTruthy();
  if (match && match !== "method") {
    const template = match.route.path;
    const entry = routeTable.find((r) => r.service === "chatwoot" && r.method === method && r.path === template);
    if (entry?.documentedIn === "openapi") {
      const result =
        chatwootDeviation(spec, method, template, res.status, res.body) ??
        spec.validate(method, template, res.status, res.body);
      expect(result.ok, `${method} ${path} → ${res.status}: ${result.reason}`).toBe(true);
      exercised.add(`${method} ${template}`);
    }
  }
  return res;
}

beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

describe("Chatwoot routes exist in the spec", () => {
  it("every OpenAPI-documented route the sandbox serves is a real operation", () => {
    const routes = routeTable.filter((r) => r.service === "chatwoot" && r.documentedIn === "openapi");
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) expect(spec.hasOperation(r.method, r.specPath), `${r.method} ${r.specPath}`).toBe(true);
  });

  it("the check can fail: an invented route is not in the spec", () => {
    expect(spec.hasOperation("GET", "/api/v1/accounts/{account_id}/invented")).toBe(false);
    expect(spec.validate("GET", "/api/v1/profile", 200, { id: "not-a-number" }).ok).toBe(false);
  });
});

describe("Chatwoot responses validate against swagger.json", () => {
  it("profile tells administrators from agents and refuses bad tokens", async () => {
    const admin = await cw("GET", "/api/v1/profile");
    expect(admin.body.role).toBe("administrator");
    expect(admin.body.accounts[0]).toMatchObject({ id: 1, role: "administrator" });
    const agent = await cw("GET", "/api/v1/profile", undefined, CW_AGENT_TOKEN);
    expect(agent.body.accounts[0].role).toBe("agent");
    const bad = await cw("GET", "/api/v1/profile", undefined, "wrong");
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ error: "Invalid Access Token" });
  });

  it("reference data: agents, inboxes with templates, canned responses, labels", async () => {
    expect((await cw("GET", `${A}/agents`)).body).toHaveLength(3);
    const inboxes = (await cw("GET", `${A}/inboxes`)).body.payload;
    const wa = inboxes.find((i: { channel_type: string }) => i.channel_type === "Channel::Whatsapp");
    const statuses = wa.message_templates.map((t: { status: string }) => t.status);
    expect(statuses).toContain("APPROVED");
    expect(statuses).toContain("PENDING");
    expect(inboxes.some((i: { channel_type: string }) => i.channel_type === "Channel::WebWidget")).toBe(true);
    expect((await cw("GET", `${A}/inboxes/2`)).body.id).toBe(2);
    const canned = (await cw("GET", `${A}/canned_responses?search=horario`)).body;
    expect(canned).toHaveLength(1);
    expect((await cw("GET", `${A}/labels`)).body.payload.length).toBeGreaterThan(3);
  });

  it("conversation list: filters, 25 a page, meta counts", async () => {
    const open = await cw("GET", `${A}/conversations?status=open&assignee_type=all`);
    const { meta, payload } = open.body.data;
    expect(payload.length).toBe(Math.min(25, meta.all_count));
    expect(meta.assigned_count + meta.unassigned_count).toBe(meta.all_count);
    expect(payload.every((c: { status: string }) => c.status === "open")).toBe(true);
    const times = payload.map((c: { last_activity_at: number }) => c.last_activity_at);
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const mine = (await cw("GET", `${A}/conversations?status=all&assignee_type=me`)).body.data;
    expect(mine.payload.every((c: { meta: { assignee?: { id: number } } }) => c.meta.assignee?.id === 1)).toBe(true);
    const unassigned = (await cw("GET", `${A}/conversations?status=all&assignee_type=unassigned`)).body.data.payload;
    expect(unassigned.every((c: { meta: { assignee?: unknown } }) => c.meta.assignee === undefined)).toBe(true);
    const web = (await cw("GET", `${A}/conversations?status=all&inbox_id=2`)).body.data.payload;
    expect(web.every((c: { inbox_id: number }) => c.inbox_id === 2)).toBe(true);
    const labelled = (await cw("GET", `${A}/conversations?status=all&labels[]=factura`)).body.data.payload;
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((c: { labels: string[] }) => c.labels.includes("factura"))).toBe(true);
    const all = (await cw("GET", `${A}/conversations?status=all&page=5`)).body.data;
    expect(all.meta.all_count).toBe(120);
    expect(all.payload).toHaveLength(20);
    const snoozed = (await cw("GET", `${A}/conversations?status=snoozed`)).body.data.payload;
    expect(snoozed.length).toBeGreaterThan(0);
    const found = (await cw("GET", `${A}/conversations?q=Constructora%20Los%20Andes&status=resolved`)).body.data
      .payload;
    expect(found.some((c: { id: number }) => c.id === 1)).toBe(true);
    const counts = (await cw("GET", `${A}/conversations/meta?status=open`)).body.meta;
    expect(counts).toEqual(meta);
  });

  it("several WhatsApp conversations are outside the 24-hour window", async () => {
    const pages = await Promise.all([1, 2, 3, 4, 5].map((p) => cw("GET", `${A}/conversations?status=all&page=${p}`)));
    const convs = pages.flatMap((r) => r.body.data.payload);
    const closed = convs.filter(
      (c: { can_reply: boolean; inbox_id: number; status: string }) => !c.can_reply && c.status !== "resolved",
    );
    expect(closed.length).toBeGreaterThanOrEqual(3);
    expect(closed.every((c: { inbox_id: number }) => c.inbox_id === 1)).toBe(true);
  });

  it("messages page oldest first: latest 20, 20 before, up to 100 after", async () => {
    const one = await cw("GET", `${A}/conversations/1`);
    expect(one.body.id).toBe(1);
    expect((await cw("GET", `${A}/conversations/99999`)).status).toBe(404);
    const latest = (await cw("GET", `${A}/conversations/1/messages`)).body.payload;
    expect(latest).toHaveLength(20);
    const ids = latest.map((m: { id: number }) => m.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const older = (await cw("GET", `${A}/conversations/1/messages?before=${ids[0]}`)).body.payload;
    expect(older).toHaveLength(20);
    expect(older[19].id).toBeLessThan(ids[0]);
    const newer = (await cw("GET", `${A}/conversations/1/messages?after=${older[0].id - 200}`)).body.payload;
    expect(newer).toHaveLength(100);
    expect(newer[0].id).toBe(older[0].id - 199);
    expect(typeof latest[0].message_type).toBe("number");
  });

  it("a reply comes back with its echo_id and moves sent → delivered → read", async () => {
    const sent = await cw("POST", `${A}/conversations/1/messages`, {
      content: "Hola, ya le reservamos el taladro.",
      echo_id: "ui-123",
    });
    expect(sent.body).toMatchObject({ echo_id: "ui-123", status: "sent", message_type: 1, private: false });
    await sleep(1_700);
    const mid = (await cw("GET", `${A}/conversations/1/messages?after=${sent.body.id - 1}`)).body.payload[0];
    expect(mid.status).toBe("delivered");
    await sleep(2_500);
    const last = (await cw("GET", `${A}/conversations/1/messages?after=${sent.body.id - 1}`)).body.payload[0];
    expect(last.status).toBe("read");
  });

  it("private notes and templates; free text into a closed window fails with external_error", async () => {
    const note = await cw("POST", `${A}/conversations/1/messages`, { content: "Cliente pide factura", private: true });
    expect(note.body.private).toBe(true);
    const pages = await Promise.all([1, 2, 3, 4, 5].map((p) => cw("GET", `${A}/conversations?status=all&page=${p}`)));
    const closed = pages.flatMap((r) => r.body.data.payload).find((c: { can_reply: boolean }) => !c.can_reply);
    const text = await cw("POST", `${A}/conversations/${closed.id}/messages`, { content: "¿Sigue interesado?" });
    expect(text.status).toBe(200);
    const template = await cw("POST", `${A}/conversations/${closed.id}/messages`, {
      content: "",
      template_params: {
        name: "seguimiento_cotizacion",
        category: "MARKETING",
        language: "es",
        processed_params: { body: { "1": "Ana" } },
      },
    });
    expect(template.body.content).toContain("Hola Ana");
    await sleep(300);
    const msgs = (await cw("GET", `${A}/conversations/${closed.id}/messages`)).body.payload;
    const failed = msgs.find((m: { id: number }) => m.id === text.body.id);
    expect(failed.status).toBe("failed");
    expect(failed.content_attributes.external_error).toMatch(/^131047: /);
    expect(msgs.find((m: { id: number }) => m.id === template.body.id).status).not.toBe("failed");
    const retried = await request(
      sb.url,
      "POST",
      `/chatwoot${A}/conversations/${closed.id}/messages/${text.body.id}/retry`,
      { headers: { api_access_token: CW_TOKEN } },
    );
    expect(retried.body.status).toBe("sent");
  });

  it("toggle_status (with snoozed_until), assignments and labels", async () => {
    const until = Math.floor(Date.now() / 1000) + 3600;
    const snoozed = await cw("POST", `${A}/conversations/2/toggle_status`, { status: "snoozed", snoozed_until: until });
    expect(snoozed.body.payload).toEqual({ success: true, current_status: "snoozed", conversation_id: 2 });
    expect((await cw("GET", `${A}/conversations/2`)).body.snoozed_until).toBe(until);
    expect(
      (await cw("POST", `${A}/conversations/2/toggle_status`, { status: "resolved" })).body.payload.current_status,
    ).toBe("resolved");
    expect((await cw("POST", `${A}/conversations/2/toggle_status`, {})).body.payload.current_status).toBe("open");
    const assigned = await cw("POST", `${A}/conversations/2/assignments`, { assignee_id: 2 });
    expect(assigned.body.id).toBe(2);
    expect((await cw("GET", `${A}/conversations/2`)).body.meta.assignee.id).toBe(2);
    const cleared = await cw("POST", `${A}/conversations/2/assignments`, { assignee_id: null });
    expect(cleared.body).toBeNull();
    const labels = await cw("POST", `${A}/conversations/2/labels`, { labels: ["despacho", "urgente"] });
    expect(labels.body.payload).toEqual(["despacho", "urgente"]);
    expect((await cw("GET", `${A}/conversations/2/labels`)).body.payload).toEqual(["despacho", "urgente"]);
  });

  it("contacts: 15 a page, search, one contact, its conversations, create needs inbox_id", async () => {
    const list = (await cw("GET", `${A}/contacts?page=2`)).body;
    expect(list.payload).toHaveLength(15);
    expect(list.meta).toEqual({ count: 200, current_page: 2 });
    const found = (await cw("GET", `${A}/contacts/search?q=constructora`)).body.payload;
    expect(found.length).toBeGreaterThan(0);
    const contact = (await cw("GET", `${A}/contacts/${found[0].id}`)).body.payload;
    expect(contact.phone_number).toMatch(/^\+569\d{8}$/);
    const convs = (await cw("GET", `${A}/contacts/1/conversations`)).body.payload;
    expect(convs.some((c: { id: number }) => c.id === 1)).toBe(true);
    const missing = await cw("POST", `${A}/contacts`, { name: "Sin bandeja" });
    expect(missing.status).toBe(400);
    const created = await cw("POST", `${A}/contacts`, {
      name: "Rosa Pérez",
      phone_number: "+56987654321",
      inbox_id: 1,
    });
    expect(created.body.payload.contact).toMatchObject({ name: "Rosa Pérez", phone_number: "+56987654321" });
    const id = created.body.payload.contact.id;
    const updated = await cw("PUT", `${A}/contacts/${id}`, {
      email: "Rosa@Example.cl",
      custom_attributes: { rut: "12.345.678-5" },
    });
    expect(updated.body.payload).toMatchObject({
      name: "Rosa Pérez",
      email: "rosa@example.cl",
      custom_attributes: { rut: "12.345.678-5" },
    });
    const taken = await cw("PUT", `${A}/contacts/${id}`, { phone_number: contact.phone_number });
    expect(taken.status).toBe(422);
  });

  it("reports: summary and time series for admins, 401 for agents", async () => {
    const now = Math.floor(Date.now() / 1000);
    const summary = (
      await cw("GET", `/api/v2/accounts/1/reports/summary?type=account&since=${now - 30 * 86400}&until=${now}`)
    ).body;
    expect(summary.conversations_count).toBeGreaterThan(0);
    expect(summary.previous).toBeDefined();
    const series = (
      await cw(
        "GET",
        `/api/v2/accounts/1/reports?metric=incoming_messages_count&type=account&since=${now - 7 * 86400}&until=${now}`,
      )
    ).body;
    expect(series.length).toBeGreaterThanOrEqual(7);
    expect(series.reduce((s: number, p: { value: string }) => s + Number(p.value), 0)).toBeGreaterThan(0);
    const agent = await cw("GET", "/api/v2/accounts/1/reports/summary?type=account", undefined, CW_AGENT_TOKEN);
    expect(agent.status).toBe(401);
    expect(
      (await cw("GET", "/api/v2/accounts/1/reports?metric=conversations_count", undefined, CW_AGENT_TOKEN)).status,
    ).toBe(401);
  });

  it("account webhooks: create returns a secret, list, update, delete", async () => {
    const created = (
      await cw("POST", `${A}/webhooks`, { url: "http://127.0.0.1:9/hook", subscriptions: ["message_created"] })
    ).body.payload.webhook;
    expect(created.secret.length).toBeGreaterThan(16);
    expect((await cw("GET", `${A}/webhooks`)).body.payload.webhooks).toHaveLength(1);
    const updated = (
      await cw("PATCH", `${A}/webhooks/${created.id}`, { subscriptions: ["message_created", "conversation_created"] })
    ).body.payload.webhook;
    expect(updated.subscriptions).toHaveLength(2);
    expect((await cw("DELETE", `${A}/webhooks/${created.id}`)).status).toBe(200);
    expect((await cw("GET", `${A}/webhooks`)).body.payload.webhooks).toHaveLength(0);
  });

  it("update_last_seen marks a conversation read: 204, and its unread_count reads 0 after", async () => {
    const ctl = (method: string, path: string, body?: unknown) =>
      request(sb.url, method, `/__sandbox${path}`, { body });
    const sent = (
      await ctl("POST", "/inbound", { phone: "+56911112222", name: "Lectura Prueba", content: "¿Abren hoy?" })
    ).body as { conversationId: number };
    const before = (await cw("GET", `${A}/conversations/${sent.conversationId}`)).body;
    expect(before.unread_count).toBeGreaterThan(0);
    const marked = await cw("POST", `${A}/conversations/${sent.conversationId}/update_last_seen`);
    expect(marked.status).toBe(204);
    expect(marked.text).toBe("");
    // Read back through spec-validated routes: the conversation and its row in the list.
    const after = (await cw("GET", `${A}/conversations/${sent.conversationId}`)).body;
    expect(after.unread_count).toBe(0);
    expect(after.agent_last_seen_at).toBeGreaterThanOrEqual(before.agent_last_seen_at ?? 0);
    const listed = (await cw("GET", `${A}/conversations?status=all`)).body.data.payload.find(
      (c: { id: number }) => c.id === sent.conversationId,
    );
    expect(listed.unread_count).toBe(0);
    expect((await cw("POST", `${A}/conversations/999999/update_last_seen`)).status).toBe(404);
  });

  it("covered every OpenAPI route the sandbox serves", () => {
    const expected = routeTable
      .filter((r) => r.service === "chatwoot" && r.documentedIn === "openapi")
      .map((r) => `${r.method} ${r.path}`);
    expect(expected.filter((k) => !exercised.has(k))).toEqual([]);
  });
});
