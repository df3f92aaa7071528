// Two `next start` processes on one PostgreSQL database behave as one: a webhook delivered to
// instance A reaches an SSE client connected to instance B (and not a stream of another tenant),
// failed sign-ins counted by one instance throttle the other, and a connection removed or a session
// ended on one is refused by the other within a second, although each keeps connections in memory.
// Runs after `next build` (npm test's last vitest step, VITEST_AFTER_BUILD=1) and needs
// TEST_DATABASE_URL; without a server it is skipped, without a build it fails.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "@/sandbox/server";
import {
  type NextInstance,
  requireProductionBuild,
  signUpVerified,
  startNextStart,
  stopNextStart,
} from "../support/next-start";
import { createServerDatabase, dropServerDatabase } from "./event-database";
import { SseReader } from "./sse-reader";

const serverUrl = process.env.TEST_DATABASE_URL;
requireProductionBuild();
const skipReason = !serverUrl ? "TEST_DATABASE_URL is not set" : null;
if (skipReason) console.info(`two app instances on one Postgres: skipped (${skipReason})`);

type Instance = NextInstance;

const startInstance = (databaseUrl: string): Promise<Instance> =>
  startNextStart(
    {
      DATABASE_URL: databaseUrl,
      DATABASE_DIRECT_URL: "",
      APP_ENCRYPTION_KEY: "two-instances-test-key-0123456789abcdef",
      ALLOW_PRIVATE_UPSTREAMS: "1",
      INSECURE_COOKIES: "1",
      LOG_LEVEL: "warn",
    },
    { healthy: true, timeoutMs: 60_000 },
  );
const stopInstance = stopNextStart;

/** Signs up and creates a workspace through the API; returns the session cookie and tenant id. */
async function newAccount(instance: Instance, label: string) {
  const email = `${label}-${Date.now()}@example.cl`;
  const cookie = await signUpVerified(instance.url, { name: label, email, password: "una-clave-segura-123" });
  const created = await fetch(`${instance.url}/api/tenants`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: instance.url },
    body: JSON.stringify({ legalName: `Empresa ${label}`, slug: `${label}-${Date.now().toString(36)}` }),
  });
  expect(created.status).toBe(201);
  const { tenant } = (await created.json()) as { tenant: { id: string } };
  return { cookie, tenantId: tenant.id };
}

async function openStream(instance: Instance, account: { cookie: string; tenantId: string }) {
  const res = await fetch(`${instance.url}/api/events?tenant=${account.tenantId}`, {
    headers: { cookie: account.cookie },
  });
  expect(res.status).toBe(200);
  if (!res.body) throw new Error("no body");
  const reader = new SseReader(res.body);
  await reader.next((f) => f.event === "ready");
  return reader;
}

/** Throttling counts in fixed 15-minute windows: start where the count cannot restart mid-test. */
async function awayFromWindowEdge() {
  const windowMs = 15 * 60_000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 30_000) await new Promise((r) => setTimeout(r, left + 500));
}

const signIn = (instance: Instance, email: string, password: string) =>
  fetch(`${instance.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });

describe.skipIf(skipReason !== null)("two app instances on one Postgres", () => {
  let databaseUrl: string;
  let sandbox: Sandbox;
  let a: Instance;
  let b: Instance;
  const readers: SseReader[] = [];

  beforeAll(async () => {
    databaseUrl = await createServerDatabase(serverUrl as string);
    // The deploy step, as an operator runs it.
    await promisify(execFile)("npm", ["run", "db:migrate"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    sandbox = await startSandbox({ port: 0 });
    [a, b] = await Promise.all([startInstance(databaseUrl), startInstance(databaseUrl)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(readers.map((r) => r.cancel()));
    stopInstance(a);
    stopInstance(b);
    await sandbox?.close();
    if (databaseUrl && serverUrl) await dropServerDatabase(serverUrl, databaseUrl);
  }, 60_000);

  it("a webhook delivered to instance A reaches a stream on instance B, and only its tenant's", async () => {
    const owner = await newAccount(a, "ferreteria");
    const other = await newAccount(a, "panaderia");
    // Connecting through A registers A's webhook URL at the sandbox's Chatwoot.
    const connect = await fetch(`${a.url}/api/tenants/${owner.tenantId}/integrations/chatwoot`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: owner.cookie, origin: a.url },
      body: JSON.stringify({ baseUrl: `${sandbox.url}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" }),
    });
    expect(connect.status, await connect.clone().text()).toBe(200);
    const { integration } = (await connect.json()) as { integration: { webhook: { url: string } } };
    expect(new URL(integration.webhook.url).port).toBe(new URL(a.url).port);

    // Sessions live in the database, so the same cookie works on B.
    const onB = await openStream(b, owner);
    const otherOnB = await openStream(b, other);
    readers.push(onB, otherOnB);

    const res = await fetch(`${sandbox.url}/__sandbox/inbound`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "+56911112222", name: "Rodrigo Vera", content: "¿Tienen planchas OSB de 15 mm?" }),
    });
    const sent = (await res.json()) as { messageId: number; conversationId: number };
    const frame = await onB.next((f) => f.event === "message.created" && f.json?.messageId === sent.messageId, 5000);
    expect(frame.json).toMatchObject({ conversationId: sent.conversationId, messageType: "incoming" });
    expect(await otherOnB.eventsWithin(500)).toEqual([]);
  }, 60_000);

  it("failed sign-ins for one email split across A and B are throttled on the sixth, on either instance", async () => {
    await awayFromWindowEdge();
    const email = `split-${Date.now()}@example.cl`;
    const password = "una-clave-segura-123";
    // Signed up on A, its link used on A: the account is in the one database both serve.
    await signUpVerified(a.url, { name: "Split", email, password });
    // Three failures on A, two on B: neither instance alone saw five.
    for (const instance of [a, b, a, b, a]) {
      expect((await signIn(instance, email, "clave-equivocada")).status).toBe(401);
    }
    for (const instance of [b, a]) {
      const res = await signIn(instance, email, password);
      expect(res.status, instance === a ? "on A" : "on B").toBe(429);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  }, 90_000);

  it("a connection removed on A and a session ended on A are refused by B within a second", async () => {
    const owner = await newAccount(a, "botilleria");
    const connect = await fetch(`${a.url}/api/tenants/${owner.tenantId}/integrations/chatwoot`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: owner.cookie, origin: a.url },
      body: JSON.stringify({ baseUrl: `${sandbox.url}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" }),
    });
    expect(connect.status, await connect.clone().text()).toBe(200);
    const list = () =>
      fetch(`${b.url}/api/chatwoot/${owner.tenantId}/conversations`, { headers: { cookie: owner.cookie } });
    // B has read the connection and keeps it: a few requests, so it is surely in memory.
    for (let i = 0; i < 3; i++) expect((await list()).status).toBe(200);

    const removed = await fetch(`${a.url}/api/tenants/${owner.tenantId}/integrations/chatwoot`, {
      method: "DELETE",
      headers: { cookie: owner.cookie, origin: a.url },
    });
    expect(removed.status).toBeLessThan(300);
    const afterRemoval = await firstStatusOtherThan(200, list);
    expect(afterRemoval.status).toBe(409);
    expect(afterRemoval.ms).toBeLessThanOrEqual(1000);

    const signedOut = await fetch(`${a.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie: owner.cookie, origin: a.url },
    });
    expect(signedOut.status).toBeLessThan(400);
    // Sessions are never kept in memory: B refuses the very next request.
    expect((await list()).status).toBe(401);
  }, 90_000);
});

/** Repeats `request` until it answers other than `status`, for at most 3 s; the answer and when it came. */
async function firstStatusOtherThan(status: number, request: () => Promise<Response>) {
  const started = Date.now();
  for (;;) {
    const res = await request();
    if (res.status !== status || Date.now() - started > 3000) return { status: res.status, ms: Date.now() - started };
    await new Promise((r) => setTimeout(r, 25));
  }
}
