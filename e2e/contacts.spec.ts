import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { formatCLP } from "../lib/format/money";
import { formatRut, rutCheckDigit } from "../lib/format/rut";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { connectSandbox } from "./support/sandbox";

// Contactos in the browser: an empty list, one sync that joins Chatwoot contacts and Odoo partners,
// a search by a RUT typed the way people write it, the merged customer's page with its Odoo orders in
// CLP and why its records were joined, a tag added there, the list filtered by that tag, and the
// filtered list exported as a CSV Excel opens, and the merge undone.

type Row = { id: string; name: string; rut: string | null; sources: string[] };
type Detail = Row & { sourceRecords: { source: string; externalId: string }[] };
type Order = { id: number; name: string; amountTotal: number };

test("sync → search by RUT → a merged customer's orders → tag → filter by tag → export CSV → unmerge", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const api = context.request;
  await signUpViaApi(api, "Contactos");
  const tenant = await createWorkspaceViaApi(api, "Contactos");
  await connectSandbox(api, tenant.id);
  const base = `/api/contacts/${tenant.id}`;

  // Nothing is read from the services until someone syncs.
  await page.goto(`/${tenant.slug}/contacts`);
  await expect(page.getByRole("heading", { name: "Aún no tienes contactos" })).toBeVisible();
  await expect(page.getByTestId("sync-status")).toContainText("Aún no se ha sincronizado");
  await page.getByRole("button", { name: "Sincronizar" }).first().click();
  await expect(page.getByTestId("sync-status")).toContainText(/Chatwoot: \d+ registros leídos/, { timeout: 30_000 });
  await expect(page.getByTestId("sync-status")).toContainText(/Odoo: \d+ registros leídos/);
  await expect(page.getByTestId("sync-status")).toContainText("Última sincronización");
  await expect(page.getByTestId("contact-row").first()).toBeVisible();

  // A customer who is both a Chatwoot contact and an Odoo partner with orders (the seed has many).
  const merged = ((await (await api.get(`${base}?source=chatwoot`)).json()) as { data: Row[] }).data.filter(
    (c) => c.rut && c.sources.includes("odoo"),
  );
  let customer: { row: Row; orders: Order[] } | null = null;
  for (const row of merged.slice(0, 15)) {
    const { contact } = (await (await api.get(`${base}/${row.id}`)).json()) as { contact: Detail };
    const partner = contact.sourceRecords.find((r) => r.source === "odoo");
    if (!partner) continue;
    const orders = (await (
      await api.get(`/api/odoo/${tenant.id}/partners/${partner.externalId}/orders?limit=5`)
    ).json()) as { items: Order[] };
    if (orders.items.length) {
      customer = { row, orders: orders.items };
      break;
    }
  }
  if (!customer?.row.rut) throw new Error("no merged seed customer with orders");
  const { row, orders } = customer;
  const rut = customer.row.rut;

  // Search by the RUT with dots and dash, as a person types it.
  const search = page.getByLabel("Buscar por nombre, teléfono, correo o RUT");
  await search.fill(formatRut(rut));
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  const found = page.getByTestId("contact-row").first();
  await expect(found).toContainText(formatRut(rut));
  await expect(found.locator('[data-source="chatwoot"]')).toBeVisible();
  await expect(found.locator('[data-source="odoo"]')).toBeVisible();

  // Its page: the Odoo orders with CLP totals and why the records were joined.
  await found.getByRole("link", { name: row.name }).click();
  await expect(page.getByRole("heading", { name: row.name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("contact-rut")).toHaveText(formatRut(rut));
  const orderList = page.getByTestId("odoo-orders");
  await expect(orderList).toContainText(orders[0].name);
  await expect(orderList).toContainText(formatCLP(orders[0].amountTotal));
  await expect(page.getByTestId("contact-orders")).toContainText(
    formatCLP(orders.reduce((sum, o) => sum + o.amountTotal, 0)),
  );
  await expect(page.getByTestId("source-record").locator('[data-source="chatwoot"]')).toBeVisible();
  await expect(page.getByTestId("source-record").locator('[data-source="odoo"]')).toBeVisible();
  await expect(
    page.getByTestId("merge-reason").filter({ hasText: /Vinculado por (RUT|teléfono|correo)/ }),
  ).not.toHaveCount(0);

  // Tag it inline.
  const tag = `e2e-${Date.now().toString(36)}`;
  await page.getByPlaceholder("Nueva etiqueta").fill(tag);
  await page.getByRole("button", { name: "Agregar etiqueta" }).click();
  await expect(page.getByRole("button", { name: `Quitar etiqueta ${tag}` })).toBeVisible();

  // Back to the list as it was left, then only the tagged customers.
  await page.goBack();
  await expect(search).toHaveValue(formatRut(rut));
  await page.getByRole("button", { name: "Quitar filtros" }).click();
  await expect(search).toHaveValue("");
  await page.getByLabel("Etiqueta", { exact: true }).selectOption({ label: `${tag} (1)` });
  await expect(page).toHaveURL(new RegExp(`[?&]tag=${tag}`));
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await expect(page.getByTestId("contact-row").first()).toContainText(row.name);

  // Export what is on screen: UTF-8 with a BOM (Excel), semicolons, this customer's row.
  await page.getByRole("button", { name: "Exportar CSV" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: /Separado por «;»/ }).click();
  const file = await download;
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe("nombre;rut;correos;telefonos;etiquetas;notas");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(formatRut(rut));
  expect(lines[1]).toContain(tag);

  // Undo the merge: the Odoo partner becomes a contact of its own and stays apart.
  await page.goto(`/${tenant.slug}/contacts/${row.id}`);
  const odooRecord = page.getByTestId("source-record").and(page.locator('[data-source="odoo"]'));
  await odooRecord.getByRole("button", { name: "Separar" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Separar" }).click();
  await expect(page.getByText("Separado. Ahora es un contacto aparte.")).toBeVisible();
  await expect(odooRecord).toHaveCount(0);
  await page.getByRole("button", { name: "Ver" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/contacts/${row.id}$`));
  await expect(odooRecord).toContainText("Separado");
  await expect(page.getByTestId("source-record")).toHaveCount(1);
  const after = (await (await api.get(`${base}?q=${encodeURIComponent(rut)}`)).json()) as { total: number };
  expect(after.total).toBe(2);
});

test("a contact created also in Chatwoot and Odoo, edited in both, then exported and erased", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const api = context.request;
  await signUpViaApi(api, "Contactos Alta");
  const tenant = await createWorkspaceViaApi(api, "Contactos Alta");
  await connectSandbox(api, tenant.id);
  const suffix = randomUUID().slice(0, 6);
  const name = `Rosa Tapia ${suffix}`;
  const body = String(10_000_000 + Math.floor(Math.random() * 9_000_000));
  const rut = `${body}-${rutCheckDigit(body)}`;
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  // What the services hold under a name, read back through the Hub's own proxies.
  const upstream = async (q: string) => ({
    chatwoot: await (await api.get(`/api/chatwoot/${tenant.id}/contacts?q=${encodeURIComponent(q)}`)).text(),
    odoo: await (await api.get(`/api/odoo/${tenant.id}/partners?q=${encodeURIComponent(q)}`)).text(),
  });

  // A record made upstream must be linkable back: a name alone is refused, and nothing is created.
  const bare = await api.post(`/api/contacts/${tenant.id}`, { data: { name, writeTo: { chatwoot: true } } });
  expect(bare.status()).toBe(400);
  expect(await bare.text()).toContain("indica un teléfono, un correo o el RUT");
  expect(await upstream(name)).not.toMatchObject({ chatwoot: expect.stringContaining(name) });

  await page.goto(`/${tenant.slug}/contacts`);
  await page.getByRole("button", { name: "Nuevo contacto" }).click();
  const form = page.getByRole("dialog", { name: "Nuevo contacto" });
  await form.getByLabel("Nombre").fill(name);
  await form.getByLabel("RUT").fill(formatRut(rut));
  await form.getByLabel("Teléfonos").fill(`+56 9 ${digits.slice(0, 4)} ${digits.slice(4)}`);
  await form.getByLabel("Correos").fill(`rosa.${suffix}@correo.cl`);
  await form.getByLabel("También crear en Chatwoot").check();
  await form.getByLabel("También crear en Odoo").check();
  await form.getByRole("button", { name: "Crear contacto" }).click();

  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/contacts/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("contact-rut")).toHaveText(formatRut(rut));
  await expect(page.getByTestId("source-record").locator('[data-source="chatwoot"]')).toBeVisible();
  await expect(page.getByTestId("source-record").locator('[data-source="odoo"]')).toBeVisible();
  // Chatwoot's contact_created webhook for the new record races the link: still one contact.
  expect((await (await api.get(`/api/contacts/${tenant.id}`)).json()).total).toBe(1);
  const created = await upstream(name);
  expect(created.chatwoot).toContain(name);
  expect(created.odoo).toContain(name);

  // Edit: the new name reaches both services; the old one is gone from them.
  const renamed = `Rosa Tapia Soto ${suffix}`;
  await page.getByRole("button", { name: "Editar" }).click();
  const edit = page.getByRole("dialog", { name: "Editar contacto" });
  await expect(edit.getByLabel("Nombre")).toHaveValue(name);
  await edit.getByLabel("Nombre").fill(renamed);
  await edit.getByLabel("También actualizar en Chatwoot").check();
  await edit.getByLabel("También actualizar en Odoo").check();
  await edit.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();
  const after = await upstream(suffix);
  expect(after.chatwoot).toContain(renamed);
  expect(after.odoo).toContain(renamed);
  expect(after.chatwoot).not.toContain(`"${name}"`);
  expect(after.odoo).not.toContain(`"${name}"`);

  // A refresh shows what was saved.
  await page.reload();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();

  // A data-subject request: the JSON copy holds the person; erasing needs the name typed and says
  // what is left in Chatwoot and Odoo.
  const exported = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportar datos (JSON)" }).click();
  const json = Buffer.concat(await (await (await exported).createReadStream()).toArray()).toString("utf8");
  expect(json).toContain(renamed);
  expect(json).toContain(rut);
  await page.getByRole("button", { name: "Eliminar del Hub" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("button", { name: "Eliminar del Hub" })).toBeDisabled();
  await confirm.getByLabel(`Escribe «${renamed}» para confirmar`).fill(renamed);
  await confirm.getByRole("button", { name: "Eliminar del Hub" }).click();
  const notice = page.getByTestId("erased-notice");
  await expect(notice).toContainText(`${renamed} fue eliminado del Hub`);
  await expect(notice).toContainText(/Chatwoot: contacto \d+/);
  await expect(notice).toContainText(/Odoo: cliente \d+/);
  expect((await (await api.get(`/api/contacts/${tenant.id}`)).json()).total).toBe(0);
});
