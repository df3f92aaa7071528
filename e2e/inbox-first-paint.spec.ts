import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { connectSandbox } from "./support/sandbox";

// The inbox's first paint is the inbox itself: the server's HTML holds the rows and the open thread's
// newest messages, and nothing else competes with the page while it loads.

test("the server's HTML holds the list and the thread's newest messages; tabs prefetch only when reached", async ({
  page,
}) => {
  const api = page.context().request;
  await signUpViaApi(api, "Primera Pintura");
  const tenant = await createWorkspaceViaApi(api, "Ferretería Primera Pintura");
  await connectSandbox(api, tenant.id);
  const list = await api.get(`/api/chatwoot/${tenant.id}/conversations?status=all&assignee=all`);
  const conversationId = ((await list.json()) as { items: { id: number }[] }).items[0].id;

  // No skeleton in between: the HTML as sent holds a screenful of rows and the newest messages.
  const html = await (await api.get(`/${tenant.slug}/messages/${conversationId}?status=all`)).text();
  expect(html.split("data-conversation-id=").length - 1).toBeGreaterThanOrEqual(12);
  const messages = await api.get(`/api/chatwoot/${tenant.id}/conversations/${conversationId}/messages`);
  const newest = ((await messages.json()) as { data: { id: number }[] }).data.reduce((a, m) => Math.max(a, m.id), 0);
  expect(html).toContain(`data-message-id="${newest}"`);
  expect(html).not.toContain('aria-busy="true"');

  const prefetches: string[] = [];
  page.on("request", (req) => {
    if (new URL(req.url()).searchParams.has("_rsc")) prefetches.push(new URL(req.url()).pathname);
  });
  await page.goto(`/${tenant.slug}/messages/${conversationId}?status=all`);
  await expect(page.locator(`[data-message-id="${newest}"]`)).toBeVisible();
  await expect(page.getByTestId("composer-input")).toBeEditable();
  // Idle for a moment: the sidebar's tabs are on screen, yet none is fetched until reached.
  await page.waitForTimeout(1_500);
  expect(prefetches).toEqual([]);

  const contacts = page
    .getByRole("navigation", { name: "Navegación principal" })
    .getByRole("link", { name: "Contactos" });
  await contacts.hover();
  await expect.poll(() => prefetches.includes(`/${tenant.slug}/contacts`)).toBe(true);
  await contacts.click();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/contacts$`));
});
