import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { sandboxConnections } from "./support/sandbox";

test("an admin connects Chatwoot, Odoo and n8n to the sandbox from the settings page", async ({ page, context }) => {
  await signUpViaApi(context.request, "Integra");
  const tenant = await createWorkspaceViaApi(context.request, "Integra");

  // Before connecting, the tabs say which service to connect.
  await page.goto(`/${tenant.slug}/messages`);
  await expect(page.locator('[data-service="chatwoot"]')).toContainText("Chatwoot: no conectado.");
  await page.getByRole("link", { name: "Conectar Chatwoot" }).click();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/settings/integrations$`));

  const chatwoot = page.getByTestId("integration-chatwoot");
  await chatwoot.getByLabel("URL").fill(sandboxConnections.chatwoot.baseUrl);
  await chatwoot.getByLabel("Id de cuenta").fill("1");
  await chatwoot.getByLabel("Token de acceso").fill("token-equivocado");
  await chatwoot.getByRole("button", { name: "Probar conexión" }).click();
  await expect(chatwoot.getByRole("status")).toContainText("token");
  await expect(chatwoot.locator("[data-problem]")).toHaveCount(1);

  await chatwoot.getByLabel("Token de acceso").fill(sandboxConnections.chatwoot.token);
  await chatwoot.getByRole("button", { name: "Guardar conexión" }).click();
  await expect(page.getByText("Chatwoot quedó conectado.")).toBeVisible();
  await expect(chatwoot.getByText("Conectado", { exact: true })).toBeVisible();
  await expect(chatwoot.getByText(/Guardada: •+oken/)).toBeVisible();
  await expect(chatwoot.getByText("Registrado automáticamente en Chatwoot.")).toBeVisible();

  const odoo = page.getByTestId("integration-odoo");
  await odoo.getByLabel("URL").fill(sandboxConnections.odoo.baseUrl);
  await odoo.getByLabel("Base de datos").fill("demo");
  await odoo.getByLabel("Usuario").fill("admin");
  await odoo.getByLabel("Clave API").fill(sandboxConnections.odoo.apiKey);
  await odoo.getByRole("button", { name: "Guardar conexión" }).click();
  await expect(odoo.getByText("Conectado", { exact: true })).toBeVisible();

  const n8n = page.getByTestId("integration-n8n");
  await n8n.getByLabel("URL").fill(sandboxConnections.n8n.baseUrl);
  await n8n.getByLabel("Clave API").fill(sandboxConnections.n8n.apiKey);
  await n8n.getByRole("button", { name: "Guardar conexión" }).click();
  await expect(n8n.getByText("Conectado", { exact: true })).toBeVisible();

  // A refresh shows the saved state, with secrets masked and never filled in.
  await page.reload();
  await expect(page.getByTestId("integration-odoo").getByLabel("Clave API")).toHaveValue("");
  await expect(page.getByText("Conectado", { exact: true })).toHaveCount(3);

  // With Chatwoot connected, Mensajes shows the inbox instead of asking to connect it.
  await page.goto(`/${tenant.slug}/messages`);
  await expect(page.getByTestId("conversation-list")).toBeVisible();
  await expect(page.getByRole("link", { name: "Conectar Chatwoot" })).toHaveCount(0);
});
