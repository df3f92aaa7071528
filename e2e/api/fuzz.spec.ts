import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { type FuzzCase, invalidBody, invalidQuery } from "../support/invalid-input";
import { disposeTeam, requestFor, send, type TeamTenant, teamTenant } from "../support/matrix-requests";
import { type MatrixKey, type RouteEntry, routeEntries } from "../support/route-matrix";
import { sandboxUrl } from "../support/sandbox";
import { serviceHeaders } from "../support/tenant-api";

// Every route of the route matrix with a query or body schema gets generated invalid input from an
// admin of the tenant: wrong types, missing fields, unknown keys, malformed values, text that is not
// JSON, unicode, huge strings, deep nesting, prototype keys. Each must answer 400 in the one error
// shape (never a 5xx, never a success), and afterwards nothing was written anywhere.

const runsPerRoute = 200;
// Few enough requests in flight for a 2-core machine that also runs the server.
const concurrency = 4;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

let a: TeamTenant;
let before: Record<string, unknown>;

// Thousands of requests with large bodies: a trace of them would take longer to write than the run.
test.use({ trace: "off" });

const fuzzed = routeEntries.filter(([, e]) => e.body || e.query);

async function state() {
  const admin = a.sessions.admin;
  const json = async (url: string, headers?: Record<string, string>) => {
    const res = await admin.get(url, { headers });
    expect(res.status(), url).toBe(200);
    return res.json();
  };
  return {
    members: await json(`/api/tenants/${a.id}/members`),
    contacts: await json(`/api/contacts/${a.id}?sort=created`),
    tags: await json(`/api/contacts/${a.id}/tags`),
    integrations: await json(`/api/tenants/${a.id}/integrations`),
    status: await json(`/api/tenants/${a.id}/status`),
    myTenants: await json("/api/tenants"),
    // Every tenant of the installation: a sign-up, workspace or onboarding that slipped through shows here.
    allTenants: (await json("/api/tenants?pageSize=1", serviceHeaders)).total,
    outbox: await json(`/api/tenants/${a.id}/outbox`, serviceHeaders),
    sent: await (await fetch(`${sandboxUrl}/__sandbox/sent`)).json(),
  };
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000);
  if (!baseURL) throw new Error("baseURL missing");
  a = await teamTenant(baseURL, "Fuzz Ferretería", false);
  before = await state();
});

test.afterAll(async () => {
  await disposeTeam(a);
});

function cases(key: MatrixKey, entry: RouteEntry): FuzzCase[] {
  const valid = Object.fromEntries(
    new URLSearchParams(requestFor(key, entry, a).url.split("?")[1] ?? "").entries(),
  ) as Record<string, string>;
  const validQuery = new URLSearchParams(valid);
  const arb: fc.Arbitrary<FuzzCase> = entry.body
    ? fc
        .tuple(
          invalidBody(entry.body),
          // Now and then a bad query too; rarely, since the query is refused before the body is read.
          entry.query?.strict
            ? fc.oneof(
                { weight: 9, arbitrary: fc.constant(null) },
                { weight: 1, arbitrary: invalidQuery(entry.query, valid) },
              )
            : fc.constant(null),
        )
        .map(([b, q]) => ({
          body: b.body,
          query: q ? q.query : validQuery,
          breaker: q ? `${b.breaker} + ${q.breaker}` : b.breaker,
        }))
    : invalidQuery(entry.query as NonNullable<RouteEntry["query"]>, valid);
  return fc.sample(arb, { numRuns: runsPerRoute, seed });
}

async function inPool<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await run(items[next++] as T);
    }),
  );
}

for (const [key, entry] of fuzzed) {
  test(`${key} refuses ${runsPerRoute} invalid inputs with a 400`, async () => {
    const failures: string[] = [];
    await inPool(cases(key, entry), concurrency, async (c) => {
      const req = requestFor(key, entry, a, { query: c.query });
      const res = await send(a.sessions.admin, req, c.body);
      const text = await res.text();
      let code: unknown;
      try {
        const parsed = JSON.parse(text);
        if (typeof parsed.error?.message === "string" && Object.keys(parsed).length === 1) code = parsed.error.code;
      } catch {
        code = undefined;
      }
      if (res.status() !== 400 || (code !== "validation_error" && code !== "bad_request")) {
        failures.push(
          `${res.status()} ${String(code)} for ${c.breaker}: ${req.url.slice(0, 300)} ${String(c.body).slice(0, 300)} → ${text.slice(0, 300)}`,
        );
      }
    });
    expect(failures.slice(0, 5), `${failures.length} failures, FUZZ_SEED=${seed}`).toEqual([]);
  });
}

test("after the fuzzing nothing was written and the tenant still works", async () => {
  expect(fuzzed.length).toBeGreaterThan(40);
  const after = await state();
  for (const [part, value] of Object.entries(after)) expect(value, part).toEqual(before[part]);
  // No prototype key reached a shared object: an ordinary read still answers as before.
  const res = await a.sessions.admin.get(`/api/n8n/${a.id}/workflows/${a.fixtures.workflowId}`);
  expect(res.status()).toBe(200);
});
