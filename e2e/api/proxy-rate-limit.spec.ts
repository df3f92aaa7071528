import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";
import { connectSandbox } from "../support/sandbox";

// The proxies' per-user limit (240 calls a minute, lib/api/service-route.ts) is counted in the same
// round trip that resolves the caller (app.tenant_caller). A request refused before its handler runs,
// for bad input here, never reached the upstream and gives its hits back.

const perUserLimit = 240;

/** The limit counts in fixed one-minute windows: start where the count cannot restart mid-test. */
async function awayFromMinuteEdge() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 45_000) await new Promise((r) => setTimeout(r, left + 250));
}

test("a user's proxied calls stop at the per-minute limit with 429 and Retry-After; refused input counts nothing", async ({
  request,
}) => {
  test.setTimeout(180_000);
  await signUpViaApi(request, "Limitado");
  const tenant = await createWorkspaceViaApi(request, "Bazar Limitado");
  await connectSandbox(request, tenant.id);
  await awayFromMinuteEdge();

  const statuses = async (path: string, count: number) => {
    const seen: number[] = [];
    // Ten at a time: fast enough to stay inside one window, gentle on a shared sandbox.
    for (let i = 0; i < count; i += 10) {
      const batch = Array.from({ length: Math.min(10, count - i) }, () => request.get(path));
      for (const res of await Promise.all(batch)) seen.push(res.status());
    }
    return seen;
  };
  const refused = await statuses(`/api/chatwoot/${tenant.id}/conversations?page=0`, 300);
  expect(new Set(refused)).toEqual(new Set([400]));

  // The profile is served from the reference cache after the first call: every one still counts.
  const allowed = await statuses(`/api/chatwoot/${tenant.id}/profile`, perUserLimit);
  expect(new Set(allowed)).toEqual(new Set([200]));

  const over = await request.get(`/api/chatwoot/${tenant.id}/profile`);
  expect(over.status()).toBe(429);
  expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await over.json()).error.code).toBe("rate_limited");
});
