import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { connectSandbox, keepOnlyWebhookOf, sandboxUrl } from "./support/sandbox";

// Mark as read: opening a conversation with unread messages marks it read in Chatwoot (the sandbox
// records update_last_seen), clears its badge, and a second browser context's list clears too, through
// the live event the Hub stores after Chatwoot confirmed.

test("opening a conversation clears its unread badge here and in another browser", async ({ page, browser }) => {
  const api = page.context().request;
  await signUpViaApi(api, "Lectura Staff");
  const tenant = await createWorkspaceViaApi(api, "Ferretería Lectura");
  await connectSandbox(api, tenant.id);
  await keepOnlyWebhookOf(api, tenant.id);

  const phone = `+5697${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const res = await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone, name: "Inés Lectura", content: `¿Tienen stock? ${randomUUID().slice(0, 6)}` }),
  });
  expect(res.status).toBe(201);
  const { conversationId } = (await res.json()) as { conversationId: number };

  // The same member in a second browser context, with the list open and live.
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const otherPage = await other.newPage();
  await otherPage.goto(`/${tenant.slug}/messages?status=all`);
  await expect(otherPage.locator('[data-live="live"]')).toBeVisible();
  const otherBadge = otherPage.locator(`[data-conversation-id="${conversationId}"] [data-unread]`);
  await expect(otherBadge).toBeVisible();

  await page.goto(`/${tenant.slug}/messages?status=all`);
  await expect(page.locator('[data-live="live"]')).toBeVisible();
  const row = page.locator(`[data-conversation-id="${conversationId}"]`);
  await expect(row.locator("[data-unread]")).toBeVisible();
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/messages/${conversationId}`));

  await expect(row.locator("[data-unread]")).toHaveCount(0);
  await expect(otherBadge).toHaveCount(0);
  const marked = await fetch(`${sandboxUrl}/__sandbox/sent?service=chatwoot&kind=last_seen_updated`);
  const entries = (await marked.json()) as { path: string }[];
  expect(entries.some((e) => e.path.endsWith(`/conversations/${conversationId}/update_last_seen`))).toBe(true);
  await other.close();
});
