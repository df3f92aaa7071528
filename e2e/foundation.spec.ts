import { expect, test } from "@playwright/test";
import { password, signUpLink, signUpWithEmailViaApi, uniqueEmail } from "./support/accounts";

test("sign up, create a workspace, see the shell, sign out, and get sent to sign-in", async ({ page }) => {
  const email = uniqueEmail("ana");

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?next=%2F/);
  await page.getByRole("link", { name: "Crea una" }).click();

  await page.getByLabel("Nombre").fill("Ana Pérez");
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill("corta");
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByText("La contraseña debe tener al menos 10 caracteres.")).toBeVisible();

  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  // The account exists once the link mailed to the address is used.
  await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
  const link = await signUpLink(page.request, email);
  await page.goto(link.pathname + link.search);
  await page.getByLabel("Tu contraseña").fill(password);
  await page.getByRole("button", { name: "Activar mi cuenta" }).click();

  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await page.getByLabel("Nombre del negocio").fill("Almacén Doña Rosa");
  await expect(page.getByLabel("Dirección")).toHaveValue("almacen-dona-rosa");
  const slug = `almacen-dona-rosa-${Date.now().toString(36)}`;
  await page.getByLabel("Dirección").fill(slug);
  await page.getByRole("button", { name: "Crear espacio" }).click();

  await expect(page).toHaveURL(new RegExp(`/${slug}/overview$`));
  const nav = page.getByRole("navigation", { name: "Navegación principal" });
  for (const tab of ["Resumen", "Mensajes", "Contactos", "Automatización", "KPIs", "Configuración"]) {
    await expect(nav.getByRole("link", { name: tab })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Resumen", exact: true })).toBeVisible();

  await nav.getByRole("link", { name: "Mensajes" }).click();
  // Nothing connected yet: the tab says what it will hold and which service to connect.
  await expect(page.getByRole("heading", { name: "Aquí responderás los WhatsApp de tus clientes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Conectar Chatwoot" })).toBeVisible();

  await page.getByRole("button", { name: "Tu cuenta" }).click();
  await page.getByRole("menuitem", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto(`/${slug}/overview`);
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2F${slug}%2Foverview`));
  await expect(page.getByRole("heading", { name: "Inicia sesión" })).toBeVisible();

  // Signing back in returns to the page that asked for it.
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/overview$`));
});

test("switches to English and back, and to dark mode", async ({ page, request }) => {
  const email = uniqueEmail("lang");
  await signUpWithEmailViaApi(request, "Lang", email);
  await page.goto("/sign-in");
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await page.getByLabel("Nombre del negocio").fill(`Idiomas ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Crear espacio" }).click();
  await expect(page.getByRole("heading", { name: "Resumen", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Tu cuenta" }).click();
  await page.getByRole("menuitem", { name: "Idioma" }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Overview", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Your account" }).click();
  await page.getByRole("menuitem", { name: "Theme" }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Overview", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/dark/);
});
