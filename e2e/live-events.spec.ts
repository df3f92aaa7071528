import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { keepOnlyWebhookOf } from "./support/sandbox";

// A real browser's EventSource on /api/events: the session cookie goes along, nothing between the
// server and Chromium buffers the stream, and an inbound WhatsApp message shows up as it happens.
const sandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4199}`;

test("Chromium's EventSource receives an inbound message live", async ({ page }) => {
  const api = page.context().request;
  await signUpViaApi(api, "Live Browser");
  const tenant = await createWorkspaceViaApi(api, "Ferretería En Vivo");
  const connect = await api.put(`/api/tenants/${tenant.id}/integrations/chatwoot`, {
    data: { baseUrl: `${sandboxUrl}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" },
  });
  expect(connect.status()).toBe(200);
  await keepOnlyWebhookOf(api, tenant.id);

  await page.goto(`/${tenant.slug}/overview`);
  await page.evaluate((tenantId) => {
    const w = window as unknown as { liveEvents: unknown[]; liveReady: boolean };
    w.liveEvents = [];
    w.liveReady = false;
    const source = new EventSource(`/api/events?tenant=${tenantId}`);
    source.addEventListener("ready", () => {
      w.liveReady = true;
    });
    source.addEventListener("message.created", (e) => {
      w.liveEvents.push({ id: (e as MessageEvent).lastEventId, ...JSON.parse((e as MessageEvent).data) });
    });
  }, tenant.id);
  await page.waitForFunction(() => (window as unknown as { liveReady: boolean }).liveReady);

  const content = `¿Despachan hoy a La Reina? ${randomUUID().slice(0, 6)}`;
  const res = await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: "+56955554444", name: "Francisca Muñoz", content }),
  });
  const sent = (await res.json()) as { messageId: number; conversationId: number };

  await expect
    .poll(() => page.evaluate(() => (window as unknown as { liveEvents: unknown[] }).liveEvents), { timeout: 2000 })
    .toContainEqual(
      expect.objectContaining({
        kind: "message.created",
        messageId: sent.messageId,
        conversationId: sent.conversationId,
        contentPreview: content,
        senderName: "Francisca Muñoz",
      }),
    );
});
