import { type APIResponse, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";

// What the production build (`next start`) sends on every kind of response: pages, redirects, API
// answers, API errors, not-found pages and static files. The headers come from next.config.ts, so a
// route that bypassed them (or a config that only covered some paths) shows up here.

const oneYear = 31_536_000;

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = h["content-security-policy"];
  expect(csp, `${what}: CSP`).toBeTruthy();
  const directives = new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(csp, `${what}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(directives.get("default-src"), what).toEqual(["'self'"]);
  expect(directives.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(directives.get("object-src"), what).toEqual(["'none'"]);
  expect(directives.get("base-uri"), what).toEqual(["'self'"]);

  const hsts = h["strict-transport-security"];
  expect(hsts, `${what}: HSTS`).toBeTruthy();
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), `${what}: HSTS max-age`).toBeGreaterThanOrEqual(oneYear);
  expect(hsts, what).toContain("includeSubDomains");

  expect(h["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(h["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(h["x-powered-by"], what).toBeUndefined();
}

test("pages, redirects, API answers, errors and static files all carry the security headers", async ({ baseURL }) => {
  const anon = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const user = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  try {
    await signUpViaApi(user, "Cabeceras");
    const tenant = await createWorkspaceViaApi(user, "Cabeceras");
    const signIn = await anon.get("/sign-in");
    const html = await signIn.text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    if (!asset) throw new Error("the sign-in page links no script");

    const cases: [string, () => Promise<APIResponse>, number][] = [
      ["sign-in page", async () => signIn, 200],
      ["tenant page", () => user.get(`/${tenant.slug}/overview`), 200],
      ["redirect to sign-in", () => anon.get(`/${tenant.slug}/overview`), 307],
      ["not-found page", () => user.get("/workspaces"), 404],
      ["static script", () => anon.get(asset), 200],
      ["API answer", () => anon.get("/api/health"), 200],
      ["API 401", () => anon.get("/api/tenants"), 401],
      ["API 404", () => user.get("/api/tenants/00000000-0000-4000-8000-000000000000/members"), 404],
      [
        "API 400",
        () => anon.post("/api/auth/sign-in", { data: "{not json", headers: { "content-type": "application/json" } }),
        400,
      ],
      ["API 409", () => user.get(`/api/chatwoot/${tenant.id}/conversations`), 409],
      ["API route that does not exist", () => anon.get("/api/no-such-route"), 404],
    ];
    for (const [what, send, status] of cases) {
      const res = await send();
      expect(res.status(), `${what}: ${res.url()}`).toBe(status);
      expectSecurityHeaders(res, what);
    }
  } finally {
    await Promise.all([anon.dispose(), user.dispose()]);
  }
});

test("the policy leaves the app working: no CSP violation while the sign-in page renders and runs", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // Its own address, so this failed sign-in counts against no other test's throttle.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.250" });
  await page.goto("/sign-in");
  await page.getByLabel("Correo").fill("nadie@e2e.smarterbot.cl");
  await page.getByLabel("Contraseña").fill("no-es-la-clave");
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  // Only the hydrated form shows the server's answer in place.
  await expect(page.getByText("Correo o contraseña incorrectos.")).toBeVisible();
  expect(violations).toEqual([]);
});
