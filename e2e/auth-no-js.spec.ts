import { type Browser, expect, type Page, test } from "@playwright/test";
import { password, signUpLink, signUpViaApi, uniqueEmail } from "./support/accounts";

// The sign-in and sign-up forms before hydration (a slow phone, JavaScript blocked): they post,
// the password never appears in a URL, `next` is followed, and refusals show in Spanish.

/** A page with JavaScript off that records every URL the browser asked for. */
async function noJsPage(browser: Browser): Promise<{ page: Page; urls: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (req) => urls.push(req.url()));
  return { page, urls, close: () => context.close() };
}

const expectNoSecretIn = (urls: string[], secret: string) => {
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    expect(url).not.toContain(encodeURIComponent(secret));
    expect(url).not.toContain("password");
  }
};

test("signs up without JavaScript: a POST, a field error in Spanish, the mailed link's button, then `next`", async ({
  browser,
  request,
}) => {
  const { page, urls, close } = await noJsPage(browser);
  const email = uniqueEmail("sin-js");
  await page.goto("/sign-up?next=%2Fworkspaces%2Fnew");

  await page.getByLabel("Nombre").fill("Sofía Sin Script");
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill("corta-1");
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByText("La contraseña debe tener al menos 10 caracteres.")).toBeVisible();
  // What was typed survives the refused submit (the password, on purpose, does not).
  await expect(page.getByLabel("Nombre")).toHaveValue("Sofía Sin Script");
  await expect(page.getByLabel("Correo")).toHaveValue(email);

  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // The mailed link's page and its button work without JavaScript too, and go on to `next`.
  const link = await signUpLink(request, email);
  await page.goto(link.pathname + link.search);
  await page.getByLabel("Tu contraseña").fill(password);
  await page.getByRole("button", { name: "Activar mi cuenta" }).click();
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await expect(page.getByLabel("Nombre del negocio")).toBeVisible();
  expectNoSecretIn(urls, password);
  expectNoSecretIn(urls, "corta-1");
  await close();
});

test("signs in without JavaScript: a wrong password is refused in Spanish, the right one follows `next`", async ({
  browser,
  request,
}) => {
  const { email } = await signUpViaApi(request, "Sin JS");
  const { page, urls, close } = await noJsPage(browser);
  await page.goto("/sign-in?next=%2Fworkspaces%2Fnew");

  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill("no-es-la-clave-123");
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page.getByText("Correo o contraseña incorrectos.")).toBeVisible();
  await expect(page.getByLabel("Correo")).toHaveValue(email);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fworkspaces%2Fnew$/);

  // An empty password is a field error, still without JavaScript.
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page.getByText("Ingresa tu contraseña.")).toBeVisible();

  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  expectNoSecretIn(urls, password);
  expectNoSecretIn(urls, "no-es-la-clave-123");

  // Signed in now: the sign-in page sends straight on to `next`.
  await page.goto("/sign-in?next=%2Fworkspaces%2Fnew");
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await close();
});

test("the sign-up link on the sign-in page keeps `next`", async ({ browser }) => {
  const { page, close } = await noJsPage(browser);
  await page.goto("/sign-in?next=%2Fdemo%2Fmessages");
  await expect(page.getByRole("link", { name: "Crea una" })).toHaveAttribute(
    "href",
    "/sign-up?next=%2Fdemo%2Fmessages",
  );
  await close();
});

test("after sign-in, a `next` with a tab between the slashes stays on this site", async ({ browser, request }) => {
  const { email } = await signUpViaApi(request, "Redirect");
  // A signed-in visitor is redirected straight away: the Location must be a plain local path.
  for (const next of [
    "%2F%09%2Fevil.example",
    "%2F%0A%2Fevil.example",
    "%2F%5Cevil.example",
    "%2F..%2F%2Fevil.example",
  ]) {
    const res = await request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
    expect(res.status(), next).toBe(307);
    expect(res.headers().location, next).toBe("/");
  }

  // Signing in through the form with that `next` lands on this site, not on evil.example.
  const { page, close } = await noJsPage(browser);
  await page.goto("/sign-in?next=%2F%09%2Fevil.example");
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "").host);
  await close();
});
