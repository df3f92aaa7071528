import { expect, type Page, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { connectSandbox, sandboxUrl } from "./support/sandbox";

// Every page runs under a Content-Security-Policy whose scripts are allowed by a nonce made for that
// response alone: no 'unsafe-inline', no blanket https: for images. Each page must still hydrate and
// cause no violation, and each response must carry its own nonce.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const nonceOf = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(
        `${e.violatedDirective} ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
});

/** Opens `path`, and checks its policy, its nonce on every script, hydration and no violation. */
async function expectStrictAndWorking(page: Page, path: string, hydrated: string) {
  const refused: string[] = [];
  const onConsole = (m: { text: () => string }) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  };
  page.on("console", onConsole);
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  const csp = res?.headers()["content-security-policy"] ?? null;
  const nonce = nonceOf(csp);
  expect(nonce, `${path}: ${csp}`).toBeTruthy();
  const scriptSrc = csp?.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp).not.toMatch(/img-src[^;]*\shttps:(\s|;|$)/);
  // Some pages settle with a client-side replace (filters written into the URL): look once they did.
  await page.waitForLoadState("load");

  // React attaches its fibers to the DOM when it hydrates: a page whose scripts were refused has none.
  await expect
    .poll(
      () =>
        page.evaluate((selector) => {
          const root = document.querySelector(selector);
          return [root, ...(root?.querySelectorAll("*") ?? [])].some(
            (el) => el && Object.keys(el).some((k) => k.startsWith("__reactFiber")),
          );
        }, hydrated),
      { message: `${path} hydrates`, timeout: 30_000 },
    )
    .toBe(true);
  // Every script the server writes into the page, Next's inline payload included, carries the nonce
  // of its own response (fetched again here: the browser may drop a document's body once it ran);
  // the chunks those scripts add later are trusted through 'strict-dynamic'.
  const again = await page.request.get(path);
  const againNonce = nonceOf(again.headers()["content-security-policy"] ?? null);
  expect(againNonce, path).toBeTruthy();
  expect(againNonce, path).not.toBe(nonce);
  const tags = (await again.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, path).toBeGreaterThan(0);
  expect(
    tags.filter((tag) => !tag.includes(`nonce="${againNonce}"`)),
    path,
  ).toEqual([]);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => window.__cspViolations), path).toEqual([]);
  expect(refused, path).toEqual([]);
  page.off("console", onConsole);
  return nonce as string;
}

test("signed-out pages run under a nonce policy, with a new nonce on every response", async ({ page }) => {
  await expectStrictAndWorking(page, "/sign-in", "form");
  await expectStrictAndWorking(page, "/sign-up", "form");
});

test("every tenant page and a conversation run under the nonce policy and still work", async ({ page }) => {
  const api = page.context().request;
  await signUpViaApi(api, "Politica Contenido");
  const tenant = await createWorkspaceViaApi(api, "Librería Política");
  await connectSandbox(api, tenant.id);
  const inbound = await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: "+56971234567", name: "Rosa Política", content: "¿Abren el domingo?" }),
  });
  expect(inbound.status).toBe(201);
  const { conversationId } = (await inbound.json()) as { conversationId: number };

  for (const path of [
    `/${tenant.slug}/overview`,
    `/${tenant.slug}/messages?status=all`,
    `/${tenant.slug}/messages/${conversationId}`,
    `/${tenant.slug}/contacts`,
    `/${tenant.slug}/automation`,
    `/${tenant.slug}/kpis`,
    `/${tenant.slug}/settings/integrations`,
    `/${tenant.slug}/settings/members`,
    "/workspaces/new",
    "/onboarding",
  ]) {
    await expectStrictAndWorking(page, path, "body");
  }
  // A client-side control still answers: the conversation opens from the list.
  await page.goto(`/${tenant.slug}/messages?status=all`);
  await page.locator(`[data-conversation-id="${conversationId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/messages/${conversationId}`));
  await expect(page.getByText("¿Abren el domingo?").first()).toBeVisible();
});
