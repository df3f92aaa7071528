import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { connectSandbox } from "./support/sandbox";

// Automatización in the browser: the not-connected state, the list, deactivating one workflow behind
// a confirmation, and running another from its webhook until the new run shows up. The sandbox is
// shared, so the deactivated workflow is switched back on at the end whatever happens.

const DEACTIVATE = "Recordatorio de facturas vencidas";
const RUN = "Pedido confirmado → aviso por WhatsApp";

test("open Automatización → deactivate a workflow → run another from its webhook → see the run", async ({
  page,
  context,
}) => {
  await signUpViaApi(context.request, "Automatiza");
  const tenant = await createWorkspaceViaApi(context.request, "Automatiza");
  const api = `/api/n8n/${tenant.id}`;

  // Before n8n is connected the tab says so and where to fix it.
  await page.goto(`/${tenant.slug}/automation`);
  await expect(page.locator('[data-service="n8n"]')).toContainText("n8n: no conectado.");
  await connectSandbox(context.request, tenant.id);

  const workflows = (await (await context.request.get(`${api}/workflows`)).json()) as {
    items: { id: string; name: string }[];
  };
  const toDeactivate = workflows.items.find((w) => w.name === DEACTIVATE);
  if (!toDeactivate) throw new Error("seed workflow missing");
  try {
    await page.goto(`/${tenant.slug}/automation`);
    await expect(page.getByRole("heading", { name: "Automatización" })).toBeVisible();
    const row = page.getByTestId("workflow-row").filter({ hasText: DEACTIVATE });
    await expect(row).toContainText("Programado");
    // Stats arrive after the list: a last run and a sparkline of the week.
    await expect(row.getByRole("img", { name: /ejecuciones en 7 días/ })).toBeVisible();

    // Filters live in the URL.
    await page.getByLabel("Buscar por nombre").fill("Recordatorio");
    await expect(page).toHaveURL(/q=Recordatorio/);
    await expect(page.getByTestId("workflow-row")).toHaveCount(1);

    // Deactivating asks first; cancelling leaves it on.
    const toggle = row.getByRole("switch", { name: `Desactivar ${DEACTIVATE}` });
    // The styling follows data-state: an "on" switch must look on, not only say so to screen readers.
    await expect(toggle).toHaveAttribute("data-state", "checked");
    await toggle.click();
    await page.getByRole("button", { name: "Cancelar" }).click();
    await expect(toggle).toBeChecked();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alertdialog")).toContainText(`¿Desactivar «${DEACTIVATE}»?`);
    await page.getByRole("button", { name: "Desactivar", exact: true }).click();
    await expect(page.getByText("Flujo desactivado")).toBeVisible();
    await expect(row.getByRole("switch", { name: `Activar ${DEACTIVATE}` })).toHaveAttribute("data-state", "unchecked");

    // Another workflow, from its page: run it through its webhook with an edited body.
    await page.getByLabel("Buscar por nombre").fill("");
    await page.getByRole("link", { name: RUN }).click();
    await expect(page.getByRole("heading", { name: RUN })).toBeVisible();
    await expect(page.getByText("POST /webhook/pedido-confirmado").first()).toBeVisible();
    await expect(page.getByTestId("execution-row").first()).toBeVisible();

    const body = page.getByLabel("Cuerpo JSON");
    await body.fill('{"pedido": S00042}');
    await page.getByRole("button", { name: "Ejecutar" }).click();
    await expect(page.getByText(/El JSON no es válido/)).toBeVisible();
    await body.fill('{"pedido": "S00042", "cliente": "Ferretería Ñuñoa"}');
    await page.getByRole("button", { name: "Ejecutar" }).click();
    await expect(page.getByText(/Flujo iniciado/)).toBeVisible();
    const fresh = page.getByTestId("execution-row").first();
    await expect(fresh).toContainText("Nueva");
    await expect(fresh).toContainText("Exitosa");
    await expect(fresh).toContainText("Webhook");

    // A failed run shows where and why it failed.
    await page.getByLabel("Estado").click();
    await page.getByRole("option", { name: "Error" }).click();
    await expect(page).toHaveURL(/status=error/);
    const failed = page.getByTestId("execution-row").first();
    await expect(failed).toContainText("Error");
    await failed.getByRole("button", { name: "Ver detalle" }).click();
    await expect(page.getByTestId("execution-error").first()).toContainText("Falló en el nodo");
  } finally {
    await context.request.post(`${api}/workflows/${toDeactivate.id}/activate`);
  }
});
