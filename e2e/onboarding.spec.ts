import { expect, test } from "@playwright/test";
import { password, signUpWithEmailViaApi, uniqueEmail } from "./support/accounts";
import { sandboxUrl } from "./support/sandbox";
import {
  acceptInvitationViaApi,
  confirmationLink,
  freshRut,
  registration,
  serviceHeaders,
  tenantByEmail,
  waitForStatus,
} from "./support/tenant-api";

test("a new customer signs up in the wizard, confirms the link and lands in their workspace as admin", async ({
  page,
}) => {
  const rut = freshRut();
  const email = uniqueEmail("Alta");
  await page.goto("/onboarding");
  await expect(page.getByRole("heading", { name: "Registra tu negocio" })).toBeVisible();
  await expect(page.getByText("Paso 1 de 5")).toBeVisible();

  // Empresa: the RUT is formatted while typing and its check digit verified.
  const rutField = page.getByLabel("RUT de la empresa");
  await rutField.pressSequentially("123456789");
  await expect(rutField).toHaveValue("12.345.678-9");
  await page.getByLabel("Razón social").fill("Ferretería Los Aromos SpA");
  await page.getByLabel("Rubro").fill("Ferretería");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText(/revisa los números y el dígito verificador/)).toBeVisible();
  await rutField.fill("");
  await rutField.pressSequentially(rut.replace(/[.-]/g, ""));
  await expect(rutField).toHaveValue(rut);
  await page.getByRole("button", { name: "Continuar" }).click();

  // Contacto: the WhatsApp number is tidied to +56 9 XXXX XXXX.
  await expect(page.getByText("Paso 2 de 5")).toBeVisible();
  await page.getByLabel("Tu nombre").fill("Carolina Pérez");
  await page.getByLabel("Correo").fill(email);
  await page.getByLabel("WhatsApp").fill("9 8765 4321");
  await page.getByLabel("WhatsApp").blur();
  await expect(page.getByLabel("WhatsApp")).toHaveValue("+56 9 8765 4321");

  // Going back keeps the answers, and so does a reload.
  await page.getByRole("button", { name: "Atrás" }).click();
  await expect(rutField).toHaveValue(rut);
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByLabel("Correo")).toHaveValue(email);
  await page.reload();
  await expect(page.getByText("Paso 2 de 5")).toBeVisible();
  await expect(page.getByLabel("Tu nombre")).toHaveValue("Carolina Pérez");
  await page.getByRole("button", { name: "Continuar" }).click();

  // Plan: prices and limits shown; Pro chosen.
  await expect(page.getByText("Paso 3 de 5")).toBeVisible();
  await expect(page.getByText("Hasta 3 usuarios")).toBeVisible();
  await page.getByText("Pro", { exact: true }).click();
  await page.getByRole("button", { name: "Continuar" }).click();

  // Cuenta: mismatched passwords are caught at the field.
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByLabel("Repite la contraseña").fill("otra-cosa-123");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText("Las contraseñas no coinciden.")).toBeVisible();
  await page.getByLabel("Repite la contraseña").fill(password);
  await page.getByRole("button", { name: "Continuar" }).click();

  // Revisión → submit.
  await expect(page.getByText("Paso 5 de 5")).toBeVisible();
  await expect(page.getByText(rut)).toBeVisible();
  await expect(page.getByText("+56 9 8765 4321")).toBeVisible();
  await page.getByRole("button", { name: "Crear mi espacio" }).click();
  await expect(page.getByRole("heading", { name: "Revisa tu correo y tu WhatsApp" })).toBeVisible();

  // The tenant waits in `preparing`; the link went to the email and the WhatsApp number (E.164).
  const tenant = await tenantByEmail(page.request, email);
  expect(tenant.status).toBe("preparing");
  const outbox = await page.request.get(`/api/tenants/${tenant.id}/outbox`, { headers: serviceHeaders });
  const queued = (await outbox.json()).data as { channel: string; recipient: string }[];
  expect(queued.map((m) => [m.channel, m.recipient]).sort()).toEqual([
    ["email", email],
    ["whatsapp", "+56987654321"],
  ]);

  // The link: confirm, watch the progress reach 100%, land in the overview as admin.
  const link = new URL(await confirmationLink(page.request, tenant.id));
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Confirmar y crear mi espacio" }).click();
  await expect(page).toHaveURL(new RegExp(`/onboarding/progress/${tenant.id}$`));
  await expect(page.getByTestId("provisioning-step")).toHaveCount(6);
  await expect(page.getByTestId("provisioning-percent")).toHaveText("100% completado", { timeout: 45_000 });
  await expect(page.getByTestId("provisioning-step").filter({ hasText: "Listo" })).toHaveCount(6);
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/overview$`), { timeout: 15_000 });
  const mine = (await (await page.request.get("/api/tenants")).json()).data as { slug: string; role: string }[];
  expect(mine.find((t) => t.slug === tenant.slug)).toMatchObject({ role: "admin" });

  // A second use of the link confirms nothing more and signs no one in.
  const again = await page.request.post(`/api/tenants/${tenant.id}/provision`, {
    data: { token: link.searchParams.get("token") },
  });
  expect(again.status()).toBe(202);
  expect((await again.json()).signedIn).toBe(false);
});

test("a RUT already registered is refused at the first step", async ({ page, request }) => {
  const taken = registration();
  expect((await request.post("/api/tenants", { data: taken, headers: serviceHeaders })).status()).toBe(201);
  await page.goto("/onboarding");
  await page.getByLabel("RUT de la empresa").fill(taken.rut);
  await page.getByLabel("Razón social").fill("Otra Empresa SpA");
  await page.getByLabel("Rubro").fill("Almacén");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(
    page.getByText("Este RUT ya está registrado en SmarterOS. Si es tu empresa, inicia sesión."),
  ).toBeVisible();
  await expect(page.getByText("Paso 1 de 5")).toBeVisible();
});

test("a failed step shows why, and the admin's retry finishes the job", async ({ page, request }) => {
  const body = registration({ plan: "free" });
  const created = await request.post("/api/tenants", { data: body, headers: serviceHeaders });
  const { tenant } = await created.json();
  // The tenant's email is its first admin: signing up with it is not enough, the link sent there is.
  await signUpWithEmailViaApi(page.request, "Dueña", body.email);
  await acceptInvitationViaApi(page.request, tenant.id, body.email);

  await fetch(`${sandboxUrl}/__sandbox/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service: "odoo", mode: "status", status: 503 }),
  });
  try {
    expect((await request.post(`/api/tenants/${tenant.id}/provision`, { headers: serviceHeaders })).status()).toBe(202);
    await waitForStatus(request, tenant.id, (s) => s.steps.some((x) => x.status === "failed"));
    await page.goto(`/onboarding/progress/${tenant.id}`);
    const erp = page.getByTestId("provisioning-step").filter({ hasText: "Conectar ERP (Odoo)" });
    await expect(erp).toContainText("Falló");
    await expect(erp).toContainText("Odoo");
  } finally {
    await fetch(`${sandboxUrl}/__sandbox/faults?service=odoo`, { method: "DELETE" });
  }
  await page.getByRole("button", { name: "Reintentar" }).click();
  await expect(page.getByTestId("provisioning-percent")).toHaveText("100% completado", { timeout: 45_000 });
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/overview$`), { timeout: 15_000 });
});
