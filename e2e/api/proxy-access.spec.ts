import { randomUUID } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi, signUpWithEmailViaApi, uniqueEmail } from "../support/accounts";
import { connectSandbox, sandboxUrl } from "../support/sandbox";
import { acceptInvitationViaApi } from "../support/tenant-api";

// Who may reach which upstream through the proxies: viewers read only, another tenant's id is a 404
// that never reaches an upstream, no request can pick the account or database, a missing connection
// or a failing service answers in the one error shape. The sandbox is shared by every spec: faults are
// scoped to one route and always cleared.

type Side = { api: APIRequestContext; tenantId: string };
type Probe = { method: "get" | "post"; path: string; data?: unknown };

let baseURL: string;
let a: Side; // connected; its admin invites a viewer and a staff member
let b: Side; // another business, also connected to the sandbox
const members: APIRequestContext[] = [];
let ids: { contactId: number; workflowId: string; executionId: string };

const until = Math.floor(Date.now() / 1000);
const since = until - 7 * 86_400;
const today = new Date().toISOString().slice(0, 10);

/** Every route of the three proxies, with ids that exist in the sandbox. */
function routes(tenantId: string): { reads: Probe[]; writes: Probe[] } {
  const cw = `/api/chatwoot/${tenantId}`;
  const od = `/api/odoo/${tenantId}`;
  const n8 = `/api/n8n/${tenantId}`;
  const get = (path: string): Probe => ({ method: "get", path });
  const post = (path: string, data: unknown): Probe => ({ method: "post", path, data });
  return {
    reads: [
      get(`${cw}/conversations`),
      get(`${cw}/conversations/1`),
      get(`${cw}/conversations/1/messages`),
      get(`${cw}/conversations/1/labels`),
      get(`${cw}/inboxes`),
      get(`${cw}/labels`),
      get(`${cw}/canned-responses?search=hola`),
      get(`${cw}/agents`),
      get(`${cw}/profile`),
      get(`${cw}/contacts`),
      get(`${cw}/contacts/${ids.contactId}/conversations`),
      get(`${cw}/reports/summary?since=${since}&until=${until}`),
      get(`${cw}/reports/timeseries?metric=conversations_count&since=${since}&until=${until}`),
      get(`${od}/partners?q=a`),
      get(`${od}/partners/10/orders`),
      get(`${od}/partners/10/invoices`),
      get(`${od}/products`),
      get(`${od}/orders?to=${today}`),
      get(`${od}/invoices?paymentState=paid`),
      get(`${od}/kpis/sales?from=2026-01-01&to=2026-01-31`),
      get(`${n8}/workflows`),
      get(`${n8}/executions?limit=5`),
      get(`${n8}/executions/${ids.executionId}`),
    ],
    writes: [
      post(`${cw}/conversations/1/messages`, { content: "Hola", echoId: randomUUID() }),
      post(`${cw}/conversations/1/status`, { status: "open" }),
      post(`${cw}/conversations/1/assignments`, { assigneeId: null }),
      post(`${cw}/conversations/1/labels`, { labels: [] }),
      post(`${cw}/contacts`, { inboxId: 1, name: "Nadie" }),
      post(`${n8}/workflows/${ids.workflowId}/activate`, {}),
      post(`${n8}/workflows/${ids.workflowId}/deactivate`, {}),
    ],
  };
}

const send = (api: APIRequestContext, p: Probe) =>
  p.method === "get" ? api.get(p.path) : api.post(p.path, { data: p.data });

async function sentLog(service?: string): Promise<unknown[]> {
  const res = await fetch(`${sandboxUrl}/__sandbox/sent${service ? `?service=${service}` : ""}`);
  return (await res.json()) as unknown[];
}

async function expectError(res: APIResponse, status: number, code: string) {
  expect(res.status(), `${res.url()} ${await res.text()}`).toBe(status);
  const body = await res.json();
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  return body.error as { code: string; message: string; details?: Record<string, unknown> };
}

async function fault(body: Record<string, unknown>) {
  const res = await fetch(`${sandboxUrl}/__sandbox/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const clearFaults = (service: string) =>
  fetch(`${sandboxUrl}/__sandbox/faults?service=${service}`, { method: "DELETE" });

async function newSide(label: string, connect: boolean): Promise<Side> {
  const api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, label);
  const tenant = await createWorkspaceViaApi(api, label);
  if (connect) await connectSandbox(api, tenant.id);
  return { api, tenantId: tenant.id };
}

/** An invited member signs up with the invited email in a fresh context and joins through the link. */
async function member(role: "viewer" | "staff"): Promise<APIRequestContext> {
  const email = uniqueEmail(role);
  const invite = await a.api.post(`/api/tenants/${a.tenantId}/members`, { data: { email, role } });
  expect(invite.status(), await invite.text()).toBe(201);
  const ctx = await playwrightRequest.newContext({ baseURL });
  members.push(ctx);
  await signUpWithEmailViaApi(ctx, role, email);
  await acceptInvitationViaApi(ctx, a.tenantId, email);
  return ctx;
}

test.beforeAll(async ({ baseURL: url }) => {
  if (!url) throw new Error("baseURL missing");
  baseURL = url;
  a = await newSide("Proxy A", true);
  b = await newSide("Proxy B", true);
  const conv = await (await a.api.get(`/api/chatwoot/${a.tenantId}/conversations/1`)).json();
  const wfs = await (await a.api.get(`/api/n8n/${a.tenantId}/workflows`)).json();
  const exs = await (await a.api.get(`/api/n8n/${a.tenantId}/executions?limit=1`)).json();
  ids = {
    contactId: conv.conversation.contact.id,
    // Activating it would fail in n8n anyway (no trigger): nothing changes even if a check slipped.
    workflowId: wfs.items.find((w: { name: string }) => w.name === "Respaldo manual de contactos").id,
    executionId: exs.items[0].id,
  };
});

test.afterAll(async () => {
  await Promise.all([a.api.dispose(), b.api.dispose(), ...members.map((m) => m.dispose())]);
});

test("a viewer reads every route and gets 403 on every write, with nothing sent upstream", async () => {
  const viewer = await member("viewer");
  const { reads, writes } = routes(a.tenantId);
  for (const p of reads) {
    const res = await send(viewer, p);
    expect(res.status(), `${p.path} ${await res.text()}`).toBe(200);
  }
  const before = await sentLog();
  for (const p of writes) {
    const error = await expectError(await send(viewer, p), 403, "forbidden");
    expect(error.message).toMatch(/rol/);
  }
  expect(await sentLog()).toEqual(before);
});

test("staff can send: one reply reaches Chatwoot exactly once", async () => {
  const staff = await member("staff");
  const list = await (await staff.get(`/api/chatwoot/${a.tenantId}/conversations?status=open`)).json();
  const open = list.items.find((c: { canReply: boolean }) => c.canReply);
  if (!open) throw new Error("the seed has open conversations that can be answered");
  const before = await sentLog("chatwoot");
  const echoId = randomUUID();
  const res = await staff.post(`/api/chatwoot/${a.tenantId}/conversations/${open.id}/messages`, {
    data: { content: "Hola, le confirmo el despacho para mañana.", echoId },
  });
  expect(res.status(), await res.text()).toBe(201);
  expect((await res.json()).message).toMatchObject({ echoId, content: "Hola, le confirmo el despacho para mañana." });
  const after = (await sentLog("chatwoot")) as { kind: string; path: string; body: { echo_id?: string } }[];
  const added = after.slice(before.length);
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ kind: "message_created", body: { echo_id: echoId } });
  expect(added[0].path).toContain(`/accounts/1/conversations/${open.id}/messages`);
});

test("tenant A's session with tenant B's id is a 404 on every route and method, and reaches no upstream", async () => {
  const { reads, writes } = routes(b.tenantId);
  const before = await sentLog();
  for (const p of [...reads, ...writes]) {
    const error = await expectError(await send(a.api, p), 404, "not_found");
    expect(JSON.stringify(error)).not.toContain(b.tenantId);
  }
  // Also ids that are not tenants at all.
  await expectError(await a.api.get("/api/chatwoot/not-a-tenant/conversations"), 404, "not_found");
  await expectError(await a.api.get(`/api/odoo/${randomUUID()}/partners`), 404, "not_found");
  expect(await sentLog()).toEqual(before);

  // B itself still works: the 404s were about A, not a broken B.
  expect((await b.api.get(`/api/chatwoot/${b.tenantId}/conversations/1`)).status()).toBe(200);
});

test("no query or body can pick another account, database or URL: 400 and nothing sent", async () => {
  const cw = `/api/chatwoot/${a.tenantId}`;
  const before = await sentLog();
  const probes: Probe[] = [
    { method: "get", path: `${cw}/conversations?account_id=2` },
    { method: "get", path: `${cw}/conversations?accountId=2` },
    { method: "get", path: `${cw}/conversations/1?account_id=2` },
    { method: "get", path: `${cw}/conversations/1/messages?account_id=2` },
    { method: "get", path: `${cw}/inboxes?account_id=2` },
    { method: "get", path: `${cw}/contacts?accountId=2` },
    {
      method: "post",
      path: `${cw}/conversations/1/messages`,
      data: { content: "x", echoId: randomUUID(), accountId: 2 },
    },
    {
      method: "post",
      path: `${cw}/conversations/1/messages?account_id=2`,
      data: { content: "x", echoId: randomUUID() },
    },
    { method: "post", path: `${cw}/conversations/1/status`, data: { status: "open", account_id: 2 } },
    { method: "post", path: `${cw}/contacts`, data: { inboxId: 1, name: "Otra cuenta", accountId: 2 } },
    { method: "get", path: `/api/odoo/${a.tenantId}/partners?database=otra` },
    { method: "get", path: `/api/odoo/${a.tenantId}/orders?db=otra` },
    { method: "get", path: `/api/n8n/${a.tenantId}/workflows?baseUrl=http://127.0.0.1:1` },
    {
      method: "post",
      path: `/api/n8n/${a.tenantId}/workflows/${ids.workflowId}/activate`,
      data: { baseUrl: "http://x" },
    },
  ];
  for (const p of probes) await expectError(await send(a.api, p), 400, "validation_error");
  expect(await sentLog()).toEqual(before);

  // Without the stray parameter the same call answers from the pinned account 1.
  const pinned = await (await a.api.get(`${cw}/conversations/1`)).json();
  const upstream = await (
    await fetch(`${sandboxUrl}/chatwoot/api/v1/accounts/1/conversations/1`, {
      headers: { api_access_token: "sandbox-chatwoot-token" },
    })
  ).json();
  expect(pinned.conversation.contact.id).toBe(upstream.meta.sender.id);
});

test("a service that is not connected answers 409 naming it, also for cached reference data", async () => {
  const c = await newSide("Proxy sin conectar", false);
  try {
    const cases: [Probe, string][] = [
      [{ method: "get", path: `/api/chatwoot/${c.tenantId}/conversations` }, "chatwoot"],
      [{ method: "get", path: `/api/chatwoot/${c.tenantId}/inboxes` }, "chatwoot"],
      [
        {
          method: "post",
          path: `/api/chatwoot/${c.tenantId}/conversations/1/messages`,
          data: { content: "x", echoId: randomUUID() },
        },
        "chatwoot",
      ],
      [{ method: "get", path: `/api/odoo/${c.tenantId}/partners` }, "odoo"],
      [{ method: "get", path: `/api/n8n/${c.tenantId}/workflows` }, "n8n"],
    ];
    for (const [p, service] of cases) {
      const error = await expectError(await send(c.api, p), 409, "integration_not_connected");
      expect(error.details).toEqual({ reason: "integration_not_connected", service });
      expect(error.message).toContain({ chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" }[service]);
    }

    // Connected, read (and cached), then disconnected: the cache must not keep answering.
    await connectSandbox(c.api, c.tenantId);
    expect((await c.api.get(`/api/chatwoot/${c.tenantId}/inboxes`)).status()).toBe(200);
    expect((await c.api.delete(`/api/tenants/${c.tenantId}/integrations/chatwoot`)).status()).toBe(204);
    await expectError(await c.api.get(`/api/chatwoot/${c.tenantId}/inboxes`), 409, "integration_not_connected");
  } finally {
    await c.api.dispose();
  }
});

test("a failing Chatwoot or n8n answers 502 upstream_unavailable naming the service", async () => {
  try {
    await fault({ service: "chatwoot", route: "/conversations", mode: "status", status: 503 });
    const error = await expectError(
      await a.api.get(`/api/chatwoot/${a.tenantId}/conversations`),
      502,
      "upstream_unavailable",
    );
    expect(error.message).toContain("Chatwoot");
    expect(error.details).toMatchObject({ service: "chatwoot", upstreamStatus: 503 });
  } finally {
    await clearFaults("chatwoot");
  }
  expect((await a.api.get(`/api/chatwoot/${a.tenantId}/conversations`)).status()).toBe(200);

  try {
    await fault({ service: "n8n", route: "/executions", mode: "status", status: 503 });
    const error = await expectError(await a.api.get(`/api/n8n/${a.tenantId}/executions`), 502, "upstream_unavailable");
    expect(error.message).toContain("n8n");
  } finally {
    await clearFaults("n8n");
  }
});

test("reference data is cached per tenant: A's inboxes survive a Chatwoot outage for a while, B's first read does not", async () => {
  const first = await a.api.get(`/api/chatwoot/${a.tenantId}/inboxes`);
  expect(first.status()).toBe(200);
  try {
    await fault({ service: "chatwoot", route: "/inboxes", mode: "status", status: 503 });
    const again = await a.api.get(`/api/chatwoot/${a.tenantId}/inboxes`);
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    // B never read its inboxes: nothing of A's may answer for it.
    await expectError(await b.api.get(`/api/chatwoot/${b.tenantId}/inboxes`), 502, "upstream_unavailable");
  } finally {
    await clearFaults("chatwoot");
  }
});
