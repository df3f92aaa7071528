import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, password, signUpViaApi, uniqueEmail } from "./support/accounts";

// The server names each failure by its reason; the browser says it in the user's language. With the
// UI in English, none of the server's Spanish text may show.
test("an English UI shows the API's errors in English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "hub_locale", value: "en", url: baseURL ?? "http://127.0.0.1" }]);
  const spanish = /Correo o contraseña|Debe quedar|Ya es miembro|La URL debe/;

  // 1. A sign-in with the wrong password (a Server Action's error).
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByText(spanish)).toHaveCount(0);

  const admin = await signUpViaApi(context.request, "Admin");
  const tenant = await createWorkspaceViaApi(context.request, "Errores en inglés");

  // 2. The only admin cannot remove themself (an API error in a toast).
  await page.goto(`/${tenant.slug}/settings/members`);
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await page.getByRole("button", { name: `Remove from workspace: ${admin.email}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove from workspace" }).click();
  await expect(page.getByText("The workspace must keep at least one active administrator.")).toBeVisible();

  // 3. Inviting someone already in the workspace (a field error beside the field).
  await page.getByRole("button", { name: "Invite" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(admin.email);
  await dialog.getByRole("button", { name: "Invite" }).click();
  await expect(dialog.getByText("Already a member or already invited.")).toBeVisible();
  await page.keyboard.press("Escape");

  // 4. A service URL the server refuses (a field error from the integrations form).
  await page.goto(`/${tenant.slug}/settings/integrations`);
  const chatwoot = page.getByTestId("integration-chatwoot");
  await chatwoot.getByLabel("URL").fill("ftp://chat.example.cl");
  await chatwoot.getByLabel("Account id").fill("1");
  await chatwoot.getByLabel("Access token").fill("un-token");
  await chatwoot.getByRole("button", { name: "Save connection" }).click();
  await expect(chatwoot.getByText("The URL must start with https:// (or http://).")).toBeVisible();
  await expect(page.getByText(spanish)).toHaveCount(0);
});
