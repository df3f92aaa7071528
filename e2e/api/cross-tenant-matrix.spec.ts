import { type APIRequestContext, expect, test } from "@playwright/test";
import {
  disposeTeam,
  expectError,
  newApiContext,
  type ProbeRequest,
  requestFor,
  send,
  type TeamTenant,
  teamTenant,
} from "../support/matrix-requests";
import {
  type MatrixKey,
  type Role,
  type RouteEntry,
  roleOrder,
  routeEntries,
  tenantOwnedFixtures,
  tenantPages,
} from "../support/route-matrix";
import { sandboxUrl } from "../support/sandbox";
import { serviceHeaders } from "../support/tenant-api";

// Every tenant route of the route matrix, probed three ways: A's admin, staff and viewer with B's
// tenant id (404, nothing of B in the answer), A's members under the route's minimum role in A
// (403) and no session (401). Afterwards nothing of A or B has changed and nothing reached an
// upstream; B's admin then reads each route, so the 404s were about A and not a wrong request.

let a: TeamTenant;
let b: TeamTenant;
let anonymous: APIRequestContext;
let before: Snapshot;

/** Ids that exist only in B: none may appear in an answer to A. */
let bSecrets: string[];

const matrix = routeEntries.filter(
  ([, e]) =>
    e.access.auth === "tenant" ||
    e.access.auth === "service-or-member" ||
    e.access.auth === "service" ||
    (e.access.auth === "user" && e.access.tenantQuery),
);

type Snapshot = Record<string, unknown>;

/** What B's (or A's) admin and the back office see of a tenant, and what the sandbox was sent. */
type OutboxRow = { id: string; template: string; recipient: string; payload: unknown };

async function snapshot(t: TeamTenant): Promise<Snapshot> {
  const admin = t.sessions.admin;
  const read = async (url: string, api = admin, headers?: Record<string, string>) => {
    const res = await api.get(url, { headers });
    expect(res.status(), url).toBe(200);
    return res.json();
  };
  return {
    members: await read(`/api/tenants/${t.id}/members`),
    contacts: await read(`/api/contacts/${t.id}?sort=created`),
    contact: await read(`/api/contacts/${t.id}/${t.fixtures.contactId}`),
    tags: await read(`/api/contacts/${t.id}/tags`),
    integrations: await read(`/api/tenants/${t.id}/integrations`),
    status: await read(`/api/tenants/${t.id}/status`),
    tenants: await read("/api/tenants"),
    // Which messages exist, not how far their delivery got: the background sender owns that part, and
    // the invitations queued while the team was set up are attempted during the probes.
    outbox: ((await read(`/api/tenants/${t.id}/outbox`, admin, serviceHeaders)) as { data: OutboxRow[] }).data.map(
      ({ id, template, recipient, payload }) => ({ id, template, recipient, payload }),
    ),
  };
}

const sentUpstream = async () => (await fetch(`${sandboxUrl}/__sandbox/sent`)).json();

function below(min: Role): Role[] {
  return roleOrder.slice(0, roleOrder.indexOf(min));
}

function expectNoLeak(text: string, label: string, except: string[] = []) {
  for (const secret of bSecrets.filter((s) => !except.includes(s))) {
    expect(text, `${label} leaks ${secret}`).not.toContain(secret);
  }
}

test.beforeAll(async ({ baseURL }) => {
  // Sign-ups hash passwords and connections check three services: slow on a busy 2-core machine.
  test.setTimeout(300_000);
  if (!baseURL) throw new Error("baseURL missing");
  a = await teamTenant(baseURL, "Matriz A Ferretería", true);
  b = await teamTenant(baseURL, "Matriz B Botillería", false);
  anonymous = await newApiContext(baseURL);
  bSecrets = [b.id, b.slug, b.legalName, b.emails.admin, b.fixtures.memberId, b.fixtures.contactId];
  before = { a: await snapshot(a), b: await snapshot(b), sent: await sentUpstream() };
});

test.afterAll(async () => {
  await Promise.all([disposeTeam(a), disposeTeam(b), anonymous?.dispose()]);
});

function crossTenantAnswer(entry: RouteEntry): [number, string] {
  // The service-only route refuses every session the same way, whichever tenant is named.
  return entry.access.auth === "service" ? [403, "forbidden"] : [404, "not_found"];
}

function belowRoleProbes(entry: RouteEntry): { role: Role; status: number; code: string }[] {
  const access = entry.access;
  if (access.auth === "service") return roleOrder.map((role) => ({ role, status: 403, code: "forbidden" }));
  if (access.auth !== "tenant" && access.auth !== "service-or-member") return [];
  const answer: [number, string] =
    access.auth === "service-or-member" && access.belowRole === "not_found" ? [404, "not_found"] : [403, "forbidden"];
  return below(access.role).map((role) => ({ role, status: answer[0], code: answer[1] }));
}

for (const [key, entry] of matrix) {
  test(key, async () => {
    // A's sessions, every role, with B's tenant and B's real ids.
    const [status, code] = crossTenantAnswer(entry);
    for (const role of roleOrder) {
      const req = requestFor(key, entry, b);
      const text = await expectError(
        await send(a.sessions[role], req),
        status,
        code,
        `A ${role}: ${req.method} ${req.url}`,
      );
      expectNoLeak(text, `A ${role}`);
    }

    // In A's own tenant, ids that belong to B still answer 404.
    const foreignIds = Object.values(entry.params ?? {}).some(
      (p) => typeof p !== "string" && tenantOwnedFixtures.includes(p.fixture),
    );
    if (foreignIds && entry.access.auth === "tenant") {
      const req = requestFor(key, entry, { id: a.id, fixtures: b.fixtures });
      const text = await expectError(
        await send(a.sessions.admin, req),
        404,
        "not_found",
        `A admin, B's ids: ${req.url}`,
      );
      expectNoLeak(text, "A admin with B's ids");
    }

    // Under the minimum role in A's own tenant.
    for (const probe of belowRoleProbes(entry)) {
      const req = requestFor(key, entry, a);
      await expectError(
        await send(a.sessions[probe.role], req),
        probe.status,
        probe.code,
        `A ${probe.role} in A: ${req.url}`,
      );
    }

    // No session at all.
    const req = requestFor(key, entry, a);
    await expectError(await send(anonymous, req), 401, "unauthorized", `anonymous: ${req.url}`);
  });
}

test("another tenant's slug answers 404 on every tenant page, for every role", async () => {
  for (const page of tenantPages) {
    for (const role of roleOrder) {
      const res = await a.sessions[role].get(`/${b.slug}/${page}`, { maxRedirects: 0 });
      const text = await res.text();
      expect(res.status(), `A ${role} on /${b.slug}/${page}`).toBe(404);
      // The page echoes the address it was asked for; nothing else of B may be in it.
      expectNoLeak(text, `page ${page}`, [b.slug]);
    }
  }
});

test("after every probe nothing of A or B changed and nothing reached an upstream", async () => {
  expect(await snapshot(a)).toEqual(before.a);
  expect(await snapshot(b)).toEqual(before.b);
  expect(await sentUpstream()).toEqual(before.sent);
});

test("the probes were real: B's admin reads every tenant route and page of B", async () => {
  const reads = matrix.filter(([key, e]) => key.startsWith("GET ") && !e.stream);
  expect(reads.length).toBeGreaterThan(30);
  for (const [key, entry] of reads) {
    const req: ProbeRequest = requestFor(key as MatrixKey, entry, b);
    // The outbox is the back office's: its control call uses the service key.
    const headers = entry.access.auth === "service" ? serviceHeaders : undefined;
    const res = await b.sessions.admin.fetch(req.url, { method: "GET", headers });
    const text = await res.text();
    // Chatwoot and Odoo are not connected: their 409 comes only after the membership check passed.
    const reached = res.status() === 200 || (res.status() === 409 && text.includes('"integration_not_connected"'));
    expect(reached, `B admin: ${req.url} → ${res.status()} ${text.slice(0, 200)}`).toBe(true);
  }
  for (const page of tenantPages) {
    const res = await b.sessions.admin.get(`/${b.slug}/${page}`);
    expect(res.status(), `/${b.slug}/${page}`).toBe(200);
    expect(await res.text()).toContain(b.legalName);
  }
});
