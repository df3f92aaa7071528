import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi, signUpWithEmailViaApi, uniqueEmail } from "./support/accounts";
import { connectSandbox, keepOnlyWebhookOf, sandboxUrl } from "./support/sandbox";
import { acceptInvitationViaApi } from "./support/tenant-api";

// Mensajes, the way staff use it all day: in Chromium against the production build and the sandbox.
// The sandbox is shared by every spec in a run, so this one works on a conversation it creates and
// only reads (never resets) the seeded ones.

type SentEntry = { kind: string; path: string; body: Record<string, unknown> };

async function sent(kind: string): Promise<SentEntry[]> {
  const res = await fetch(`${sandboxUrl}/__sandbox/sent?service=chatwoot&kind=${kind}`);
  return (await res.json()) as SentEntry[];
}

async function inbound(body: { phone: string; name?: string; content: string; conversationId?: number }) {
  const res = await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { conversationId: number; messageId: number };
}

/** An open WhatsApp conversation whose 24-hour window has closed (the seed has several). */
async function closedWindowConversation(api: APIRequestContext, tenantId: string): Promise<number> {
  for (let page = 1; page <= 10; page++) {
    const res = await api.get(`/api/chatwoot/${tenantId}/conversations?status=all&assignee=all&inboxId=1&page=${page}`);
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { items: { id: number; canReply: boolean; status: string }[]; hasMore: boolean };
    const found = body.items.find((c) => !c.canReply && (c.status === "open" || c.status === "pending"));
    if (found) return found.id;
    if (!body.hasMore) break;
  }
  throw new Error("the sandbox seed has no closed-window WhatsApp conversation");
}

const composer = (page: Page) => page.getByTestId("composer-input");

test("staff answer WhatsApp conversations in the browser", async ({ page }) => {
  const api = page.context().request;
  await signUpViaApi(api, "Mensajes Staff");
  const tenant = await createWorkspaceViaApi(api, "Ferretería Mensajes");
  await connectSandbox(api, tenant.id);
  await keepOnlyWebhookOf(api, tenant.id);

  // A customer writes in; the conversation is Camila's (the token's user), so it is one of "mías".
  const phone = `+5698${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const first = await inbound({ phone, name: "Rosa Pizarro", content: `¿Tienen cemento? ${randomUUID().slice(0, 6)}` });
  const conversationId = first.conversationId;
  expect(
    (
      await api.post(`/api/chatwoot/${tenant.id}/conversations/${conversationId}/assignments`, {
        data: { assigneeId: 1 },
      })
    ).ok(),
  ).toBe(true);

  // Sign in is the API's cookie; Mensajes from the navigation.
  await page.goto(`/${tenant.slug}/overview`);
  await page.getByRole("link", { name: "Mensajes" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/messages$`));
  await expect(page.locator("[data-conversation-id]").first()).toBeVisible();

  // Filter to "mías": the URL carries it and the list holds our conversation.
  await page.locator('[data-assignee="me"]').click();
  await expect(page).toHaveURL(/assignee=me/);
  const row = page.locator(`[data-conversation-id="${conversationId}"]`);
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/messages/${conversationId}\\?assignee=me$`));
  await expect(page.getByTestId("thread-title")).toHaveText("Rosa Pizarro");
  await expect(page.locator('[data-live="live"]')).toBeVisible();

  // Reply: Enter sends, and Chatwoot got exactly one message with that text.
  const reply = `Sí, tenemos cemento Polpaico 25 kg. ${randomUUID().slice(0, 8)}`;
  await composer(page).fill(reply);
  await composer(page).press("Enter");
  await expect(composer(page)).toHaveValue("");
  const thread = page.getByTestId("message-list");
  await expect(thread.locator('[data-look="outgoing"]', { hasText: reply })).toBeVisible();
  await expect(thread.locator("[data-outbox]")).toHaveCount(0);
  await expect.poll(async () => (await sent("message_created")).filter((e) => e.body.content === reply).length).toBe(1);

  // The customer answers: it shows in the open thread within 2 seconds, no reload.
  const answer = `Perfecto, paso a las 5. ${randomUUID().slice(0, 8)}`;
  await inbound({ phone, content: answer, conversationId });
  await expect(thread.getByText(answer)).toBeVisible({ timeout: 2_000 });
  await expect(row).toContainText(answer);

  // A conversation whose WhatsApp window closed offers approved templates instead of free text.
  const closedId = await closedWindowConversation(api, tenant.id);
  await page.goto(`/${tenant.slug}/messages/${closedId}`);
  const picker = page.getByTestId("template-picker");
  await expect(picker).toContainText("La ventana de 24 horas de WhatsApp está cerrada");
  await expect(composer(page)).toHaveCount(0);
  const templateSelect = picker.getByLabel("Plantilla");
  await expect(templateSelect.locator("option", { hasText: "promo_invierno" })).toHaveCount(0); // not approved
  await templateSelect.selectOption("confirmacion_pedido");
  const order = `S0${Math.floor(Math.random() * 9000 + 1000)}`;
  await picker.getByLabel("Parámetro 1").fill("Marcela");
  await picker.getByLabel("Parámetro 2").fill(order);
  await expect(picker.getByTestId("template-preview")).toHaveText(
    `Hola Marcela, tu pedido ${order} está listo para retiro en Ferretería El Roble. ¡Te esperamos!`,
  );
  await picker.getByRole("button", { name: "Enviar plantilla" }).click();
  await expect(page.getByTestId("message-list").getByText(`tu pedido ${order} está listo`)).toBeVisible();
  await expect
    .poll(async () =>
      (await sent("template_sent")).filter(
        (e) =>
          e.path.includes(`/conversations/${closedId}/messages`) &&
          JSON.stringify(e.body.template_params).includes(order),
      ),
    )
    .toEqual([
      expect.objectContaining({
        body: expect.objectContaining({
          template_params: expect.objectContaining({
            name: "confirmacion_pedido",
            processed_params: { body: { "1": "Marcela", "2": order } },
          }),
        }),
      }),
    ]);
  // Free text never went into the closed window.
  expect((await sent("message_created")).filter((e) => e.path.includes(`/conversations/${closedId}/messages`))).toEqual(
    [],
  );

  // Back to ours among the open ones: resolving takes it out of "abiertas" at once.
  await page.goto(`/${tenant.slug}/messages/${conversationId}`);
  await expect(row).toBeVisible();
  // The row is in the server's HTML before the page hydrates; a click before then does nothing.
  await expect(page.locator('[data-live="live"]')).toBeVisible();
  await page.getByTestId("resolve").click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId("thread-header").locator('[data-status="resolved"]')).toBeVisible();
  await expect
    .poll(async () => (await sent("status_toggled")).some((e) => e.path.includes(`/conversations/${conversationId}/`)))
    .toBe(true);

  // A send while Chatwoot answers 500 stays visible as failed with a retry; the retry sends it once.
  const faulty = `Le confirmo el despacho mañana. ${randomUUID().slice(0, 8)}`;
  try {
    const fault = await fetch(`${sandboxUrl}/__sandbox/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        service: "chatwoot",
        route: `/conversations/${conversationId}/messages`,
        mode: "status",
        status: 500,
      }),
    });
    expect(fault.ok).toBe(true);
    await composer(page).fill(faulty);
    await composer(page).press("Enter");
    const failed = thread.locator('[data-outbox="failed"]', { hasText: faulty });
    await expect(failed).toBeVisible();
    await expect(failed.getByRole("button", { name: "Reintentar" })).toBeVisible();
    expect((await sent("message_created")).filter((e) => e.body.content === faulty)).toEqual([]);
  } finally {
    await fetch(`${sandboxUrl}/__sandbox/faults?service=chatwoot`, { method: "DELETE" });
  }
  await page.reload();
  // A reload keeps the failed reply: nothing typed is lost.
  const failedAfterReload = thread.locator('[data-outbox="failed"]', { hasText: faulty });
  await expect(failedAfterReload).toBeVisible();
  await failedAfterReload.getByRole("button", { name: "Reintentar" }).click();
  await expect(thread.locator('[data-look="outgoing"]', { hasText: faulty })).toHaveCount(1);
  await expect(thread.locator("[data-outbox]")).toHaveCount(0);
  await expect
    .poll(async () => (await sent("message_created")).filter((e) => e.body.content === faulty).length)
    .toBe(1);
  await page.waitForTimeout(500);
  expect((await sent("message_created")).filter((e) => e.body.content === faulty)).toHaveLength(1);
  await expect(thread.getByText(faulty)).toHaveCount(1);

  // A customer's HTML is shown as text and runs nothing.
  const evil = `<img src=x onerror="window.__pwned=1"> ${randomUUID().slice(0, 6)}`;
  await inbound({ phone, content: evil, conversationId });
  await expect(thread.getByText(evil)).toBeVisible({ timeout: 2_000 });
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("the inbox works from the keyboard and on a phone", async ({ page }) => {
  const api = page.context().request;
  await signUpViaApi(api, "Mensajes Teclado");
  const tenant = await createWorkspaceViaApi(api, "Ferretería Teclado");
  await connectSandbox(api, tenant.id);

  // A hydration mismatch makes React render the page again on the client and drop keys pressed meanwhile.
  const hydrationErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat/i.test(m.text())) hydrationErrors.push(m.text());
  });
  await page.goto(`/${tenant.slug}/messages`);
  const rows = page.locator("[data-conversation-id]");
  await expect(rows.first()).toBeVisible();
  // The rows arrive server-rendered, before the keys work: wait until the page's effects run.
  await expect(page.locator('[data-live="live"]')).toBeVisible();
  // The list is live (other specs write to the same sandbox), so each step reads its neighbour then.
  const neighbourOfSelected = (step: 1 | -1) =>
    rows.evaluateAll((els, step) => {
      const at = els.findIndex((el) => el.getAttribute("aria-current") === "page");
      return els[at + step]?.getAttribute("data-conversation-id") ?? null;
    }, step);

  // j/k move through the list; the URL follows.
  // The URL moves first; the list marks its row once the navigation has rendered.
  const selected = (id: string | null) => page.locator(`[data-conversation-id="${id}"][aria-current="page"]`);
  const firstId = await rows.first().getAttribute("data-conversation-id");
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`/messages/${firstId}$`));
  await expect(selected(firstId)).toBeVisible();
  const secondId = await neighbourOfSelected(1);
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`/messages/${secondId}$`));
  await expect(selected(secondId)).toBeVisible();
  const backId = await neighbourOfSelected(-1);
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`/messages/${backId}$`));
  await expect(page.getByTestId("thread-header")).toBeVisible();
  expect(hydrationErrors).toEqual([]);

  // ? lists the shortcuts.
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Atajos de teclado" })).toBeVisible();
  await page.keyboard.press("Escape");

  // r focuses the reply; "/" in an empty box opens canned responses, searched as you type.
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("r");
  const box = page.getByTestId("composer-input");
  await expect(box).toBeFocused();
  await box.pressSequentially("/hora");
  await expect(page.getByRole("option", { name: /horario/ })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(/Atendemos de lunes a viernes/);
  // The draft survives a reload; nothing was sent.
  await page.reload();
  await expect(page.getByTestId("composer-input")).toHaveValue(/Atendemos de lunes a viernes/);
  await page.getByTestId("composer-input").fill("");

  // On a phone, the list and the thread are two screens.
  await page.setViewportSize({ width: 390, height: 780 });
  await page.goto(`/${tenant.slug}/messages`);
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId("thread-header")).toHaveCount(0);
  await rows.first().click();
  await expect(page.getByTestId("thread-header")).toBeVisible();
  await expect(rows.first()).toBeHidden();
  await page.getByRole("button", { name: "Volver a la lista" }).click();
  await expect(rows.first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/messages$`));
});

test("a viewer reads conversations but cannot reply or change them", async ({ page, browser }) => {
  const api = page.context().request;
  await signUpViaApi(api, "Mensajes Admin");
  const tenant = await createWorkspaceViaApi(api, "Ferretería Lectura");
  await connectSandbox(api, tenant.id);
  const email = uniqueEmail("lector");
  expect((await api.post(`/api/tenants/${tenant.id}/members`, { data: { email, role: "viewer" } })).status()).toBe(201);

  const viewer = await browser.newContext();
  try {
    await signUpWithEmailViaApi(viewer.request, "Vera", email);
    await acceptInvitationViaApi(viewer.request, tenant.id, email);
    const viewerPage = await viewer.newPage();
    await viewerPage.goto(`/${tenant.slug}/messages`);
    await viewerPage.locator("[data-conversation-id]").first().click();
    await expect(viewerPage.getByTestId("thread-header")).toBeVisible();
    await expect(viewerPage.getByTestId("read-only-notice")).toBeVisible();
    await expect(viewerPage.getByTestId("composer-input")).toHaveCount(0);
    await expect(viewerPage.getByTestId("resolve")).toHaveCount(0);
    await expect(viewerPage.getByTestId("assign-menu")).toHaveCount(0);
    // "e" does nothing for a viewer, and the URL still points at the conversation.
    await viewerPage.keyboard.press("e");
    await expect(viewerPage.getByTestId("thread-header").locator("[data-status]")).not.toHaveAttribute(
      "data-status",
      "resolved",
    );
  } finally {
    await viewer.close();
  }
});
