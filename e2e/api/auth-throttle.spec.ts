import { randomInt } from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, password, signUpLink, signUpViaApi, uniqueEmail } from "../support/accounts";

// Sign-in throttling counts failures in fixed 15-minute windows (lib/auth/local-accounts.ts). A test
// whose failures straddled a window edge would see the count restart, so it starts in a fresh stretch.
async function awayFromWindowEdge() {
  const windowMs = 15 * 60_000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 30_000) await new Promise((r) => setTimeout(r, left + 500));
}

/** An address no other test uses, as the load balancer in front would report it. */
const testAddress = () => `198.51.100.${randomInt(1, 255)}`;

test("repeated failed sign-ins for one email are throttled with Retry-After, even with the right password", async ({
  request,
}) => {
  test.setTimeout(90_000);
  await awayFromWindowEdge();
  const { email } = await signUpViaApi(request, "Throttled");
  for (let i = 0; i < 5; i++) {
    const res = await request.post("/api/auth/sign-in", { data: { email, password: "wrong-password" } });
    expect(res.status()).toBe(401);
  }
  const blocked = await request.post("/api/auth/sign-in", { data: { email, password } });
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await blocked.json()).error.code).toBe("rate_limited");
});

test("failed sign-ins from one address are throttled across emails, and a client cannot write its way out", async ({
  request,
}) => {
  test.setTimeout(120_000);
  await awayFromWindowEdge();
  const { email } = await signUpViaApi(request, "Per address");
  const proxySaw = testAddress();
  // Each attempt claims another origin in front of what the load balancer appended: only the latter counts.
  const from = (address: string) => ({ "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.7, ${address}` });
  for (let i = 0; i < 30; i++) {
    const res = await request.post("/api/auth/sign-in", {
      data: { email: uniqueEmail(`spray-${i}`), password: "wrong-password" },
      headers: from(proxySaw),
    });
    expect(res.status(), `attempt ${i + 1}`).toBe(401);
  }
  const blocked = await request.post("/api/auth/sign-in", { data: { email, password }, headers: from(proxySaw) });
  expect(blocked.status()).toBe(429);
  expect((await blocked.json()).error.code).toBe("rate_limited");
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);

  // The same account from another address is not punished for the spraying.
  let other = testAddress();
  while (other === proxySaw) other = testAddress();
  const fine = await request.post("/api/auth/sign-in", { data: { email, password }, headers: from(other) });
  expect(fine.status(), await fine.text()).toBe(200);
});

test("sign-in with an unknown email answers like a wrong password", async ({ request }) => {
  const res = await request.post("/api/auth/sign-in", { data: { email: "nadie@e2e.smarterbot.cl", password } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.message).toBe("Correo o contraseña incorrectos.");
});

test("session cookies are httpOnly and SameSite=Lax, and sign-out clears them with the same flags", async ({
  request,
}) => {
  const email = uniqueEmail("cookie");
  const res = await request.post("/api/auth/sign-up", { data: { name: "Cookie", email, password } });
  expect(res.status()).toBe(202);
  // Signing up starts no session: the mailed link's verification does.
  expect(res.headers()["set-cookie"]).toBeUndefined();
  const token = (await signUpLink(request, email)).searchParams.get("token");
  const verified = await request.post("/api/auth/sign-up/verify", { data: { token, password } });
  expect(verified.status()).toBe(201);
  const cookie = verified.headers()["set-cookie"];
  expect(cookie).toMatch(/hub_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=lax/i);

  const out = await request.post("/api/auth/sign-out");
  expect(out.status()).toBe(204);
  const cleared = out.headers()["set-cookie"];
  expect(cleared).toMatch(/^hub_session=;/);
  expect(cleared).toMatch(/Path=\/(;|$)/);
  expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  expect(cleared).toMatch(/HttpOnly/i);
  expect(cleared).toMatch(/SameSite=lax/i);
});

test("a signed-out session's cookie is refused when replayed: 401 on the API, sign-in for pages", async ({
  baseURL,
  browser,
}) => {
  const owner = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(owner, "Replay");
  const tenant = await createWorkspaceViaApi(owner, "Replay");
  const session = (await owner.storageState()).cookies.find((c) => c.name === "hub_session");
  if (!session) throw new Error("no session cookie after sign-up");
  // An attacker's copy: the cookie alone, sent by a client that never signed in.
  const replay = await playwrightRequest.newContext({
    baseURL,
    maxRedirects: 0,
    extraHTTPHeaders: { cookie: `hub_session=${session.value}` },
  });
  try {
    expect((await replay.get("/api/tenants")).status()).toBe(200);
    expect((await replay.get(`/${tenant.slug}/overview`)).status()).toBe(200);

    expect((await owner.post("/api/auth/sign-out")).status()).toBe(204);

    const api = await replay.get("/api/tenants");
    expect(api.status()).toBe(401);
    expect((await api.json()).error.code).toBe("unauthorized");
    const write = await replay.post(`/api/tenants/${tenant.id}/members`, {
      data: { email: uniqueEmail("invitado"), role: "viewer" },
    });
    expect(write.status()).toBe(401);
    const members = await replay.get(`/api/tenants/${tenant.id}/members`);
    expect(members.status()).toBe(401);
    for (const path of [`/${tenant.slug}/overview`, `/${tenant.slug}/settings/members`, "/workspaces/new"]) {
      const res = await replay.get(path);
      expect(res.status(), path).toBe(307);
      expect(res.headers().location, path).toMatch(/\/sign-in\?next=/);
    }

    // And in a browser that holds nothing but the copied cookie.
    const context = await browser.newContext({ baseURL });
    try {
      await context.addCookies([{ name: "hub_session", value: session.value, url: baseURL as string }]);
      const page = await context.newPage();
      await page.goto(`/${tenant.slug}/overview`);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2F${tenant.slug}%2Foverview`));
    } finally {
      await context.close();
    }
  } finally {
    await Promise.all([owner.dispose(), replay.dispose()]);
  }
});
