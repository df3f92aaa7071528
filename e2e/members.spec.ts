import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, password, signUpLink, signUpViaApi, uniqueEmail } from "./support/accounts";
import { invitationLink } from "./support/tenant-api";

test("an admin invites a viewer, the invitee accepts through the emailed link, and the last admin stays", async ({
  page,
  context,
  browser,
}) => {
  const admin = await signUpViaApi(context.request, "Admin");
  const tenant = await createWorkspaceViaApi(context.request, "Botillería Central");

  await page.goto(`/${tenant.slug}/settings/members`);
  await expect(page.getByTestId("member-row")).toHaveCount(1);

  // The only admin cannot remove themself.
  await page.getByRole("button", { name: `Quitar del espacio: ${admin.email}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Quitar del espacio" }).click();
  await expect(page.getByText("Debe quedar al menos un administrador activo en el espacio.")).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(1);

  const invitee = uniqueEmail("viewer");
  await page.getByRole("button", { name: "Invitar" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Correo").fill(invitee);
  await dialog.getByLabel("Rol").selectOption({ label: "Lector" });
  await dialog.getByRole("button", { name: "Invitar" }).click();
  await expect(page.getByText(`Invitación creada para ${invitee}.`)).toBeVisible();
  await expect(page.getByTestId("member-row").filter({ hasText: invitee })).toContainText("Invitación pendiente");

  // The invited person opens the link sent to that email, creates an account with it, comes back to
  // the invitation and accepts it: then they are in the workspace as a viewer.
  const other = await browser.newContext();
  const viewerPage = await other.newPage();
  const link = new URL(await invitationLink(context.request, tenant.id, invitee));
  await viewerPage.goto(link.pathname + link.search);
  await viewerPage.getByRole("link", { name: "Crear mi cuenta" }).click();
  await viewerPage.getByLabel("Nombre").fill("Vera Lectora");
  await viewerPage.getByLabel("Correo").fill(invitee);
  await viewerPage.getByLabel("Contraseña").fill(password);
  await viewerPage.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(viewerPage.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
  // The activation link mailed to that address creates the account and goes back to the invitation.
  const activation = await signUpLink(other.request, invitee);
  await viewerPage.goto(activation.pathname + activation.search);
  await viewerPage.getByLabel("Tu contraseña").fill(password);
  await viewerPage.getByRole("button", { name: "Activar mi cuenta" }).click();
  await expect(viewerPage).toHaveURL(/\/onboarding\/invitation\?token=/);
  await viewerPage.getByRole("button", { name: "Aceptar invitación" }).click();
  await expect(viewerPage).toHaveURL(new RegExp(`/${tenant.slug}/overview$`));
  // The link is single-use.
  await viewerPage.goto(link.pathname + link.search);
  await expect(viewerPage.getByText("Esta invitación ya se usó. Inicia sesión para entrar.")).toBeVisible();
  await viewerPage.goto(`/${tenant.slug}/settings/members`);
  await expect(viewerPage.getByText("Solo los administradores pueden invitar o cambiar roles.")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Invitar" })).toHaveCount(0);
  // The API refuses what the UI hides: a viewer gets 403 in their own tenant.
  const res = await other.request.post(`/api/tenants/${tenant.id}/members`, {
    data: { email: "z@z.cl", role: "admin" },
  });
  expect(res.status()).toBe(403);
  await other.close();

  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: invitee })).toContainText("Activo");

  // Promote the viewer to admin; now the first admin can be demoted.
  await page.getByRole("combobox", { name: `Cambiar rol: ${invitee}` }).selectOption({ label: "Administrador" });
  await expect(page.getByText("Rol actualizado.")).toBeVisible();
  await page.getByRole("combobox", { name: `Cambiar rol: ${admin.email}` }).selectOption({ label: "Equipo" });
  await expect(page.getByRole("combobox", { name: `Cambiar rol: ${admin.email}` })).toHaveCount(0);
});
