import { expect, test } from "@playwright/test";
import { password, signUpViaApi } from "../support/accounts";

test("repeated failed sign-ins for one email are throttled with Retry-After, even with the right password", async ({
  request,
}) => {
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

test("sign-in with an unknown email answers like a wrong password", async ({ request }) => {
  const res = await request.post("/api/auth/sign-in", { data: { email: "nadie@e2e.smarterbot.cl", password } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.message).toBe("Correo o contraseña incorrectos.");
});

test("session cookies are httpOnly and SameSite=Lax", async ({ request }) => {
  const res = await request.post("/api/auth/sign-up", {
    data: { name: "Cookie", email: `cookie-${Date.now()}@e2e.smarterbot.cl`, password },
  });
  const cookie = res.headers()["set-cookie"];
  expect(cookie).toMatch(/hub_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=lax/i);
});
