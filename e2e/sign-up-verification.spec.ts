import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { password, signUpLink, signUpMails, signUpViaApi, uniqueEmail } from "./support/accounts";

// Sign-up goes through the address: the form answers "check your email" whether or not the address
// has an account, no session starts, and only the link mailed to a new address creates the account
// (opening it changes nothing; its button does).

const hasSession = async (context: BrowserContext) => (await context.cookies()).some((c) => c.name === "hub_session");

/** Fills and sends the sign-up form; returns the "check your email" panel's text. */
async function signUpInForm(page: Page, email: string, name: string, secret = password) {
  await page.goto("/sign-up");
  await page.getByLabel("Nombre").fill(name);
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill(secret);
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  const sent = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "Revisa tu correo" }) });
  await expect(sent).toBeVisible();
  await expect(sent).toContainText(`Te enviamos un enlace para activar tu cuenta a ${email}`);
  return ((await sent.textContent()) ?? "").replace(email, "<email>");
}

test("sign up in the UI, check your email, open the link, press the button: on onboarding, signed in", async ({
  page,
  context,
}) => {
  const email = uniqueEmail("verifica");
  await signUpInForm(page, email, "Valentina Rojas");
  expect(await hasSession(context)).toBe(false);

  const link = await signUpLink(page.request, email);
  expect(link.pathname).toBe("/sign-up/verify");
  // Opening the link (a mail scanner does, and prefetches it) neither signs in nor uses the token.
  expect((await page.request.get(link.pathname + link.search)).status()).toBe(200);
  await page.goto(link.pathname + link.search);
  await expect(page.getByRole("heading", { name: "Activa tu cuenta" })).toBeVisible();
  await expect(page.getByText(`Confirma ${email} para terminar de crear tu cuenta.`)).toBeVisible();
  expect(await hasSession(context)).toBe(false);

  // Not the password chosen at sign-up: refused in words, and nothing is created.
  await page.getByLabel("Tu contraseña").fill("no-es-la-clave-1");
  await page.getByRole("button", { name: "Activar mi cuenta" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "no es la que se eligió" })).toBeVisible();
  expect(await hasSession(context)).toBe(false);

  await page.getByLabel("Tu contraseña").fill(password);
  await page.getByRole("button", { name: "Activar mi cuenta" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  expect(await hasSession(context)).toBe(true);
  const me = await page.request.get("/api/tenants");
  expect(me.status()).toBe(200);

  // The link worked once: opened again it says so and points to sign-in.
  await page.goto(link.pathname + link.search);
  await expect(
    page.getByText("Este enlace ya se usó: tu cuenta está activa. Inicia sesión para entrar."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Activar mi cuenta" })).toHaveCount(0);
});

test("an existing email gets the same screen and no session; its mail is a notice with a sign-in link", async ({
  browser,
  request,
}) => {
  const { email: existing } = await signUpViaApi(request, "Ya Registrada");
  const before = await signUpMails(request, existing);

  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const forExisting = await signUpInForm(await first.newPage(), existing, "Alguien Más", "otra-clave-segura-9");
    const forNew = await signUpInForm(await second.newPage(), uniqueEmail("nueva"), "Alguien Más");
    expect(forExisting).toBe(forNew);
    expect(await hasSession(first)).toBe(false);
    expect(await hasSession(second)).toBe(false);
  } finally {
    await Promise.all([first.close(), second.close()]);
  }

  const added = (await signUpMails(request, existing)).slice(before.length);
  expect(added.map((m) => m.template)).toEqual(["sign_up_existing_account"]);
  const notice = new URL(added[0].payload.link);
  expect(notice.pathname).toBe("/sign-in");
  expect(notice.searchParams.has("token")).toBe(false);
  // Nothing else changed: the account keeps its password.
  const wrong = await request.post("/api/auth/sign-in", { data: { email: existing, password: "otra-clave-segura-9" } });
  expect(wrong.status()).toBe(401);
});

test("an unknown link says so in Spanish and offers to sign up again; the API answers 404", async ({ page }) => {
  await page.goto(`/sign-up/verify?token=${"x".repeat(43)}`);
  await expect(page.getByText("Este enlace de activación no es válido.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Registrarme de nuevo" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);

  const res = await page.request.post("/api/auth/sign-up/verify", { data: { token: "x".repeat(43), password } });
  expect(res.status()).toBe(404);
  expect(await res.json()).toEqual({
    error: {
      code: "not_found",
      message: expect.stringMatching(/no es válido/),
      details: { reason: "signup_link_invalid" },
    },
  });
});
