// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockFetch, renderWithProviders } from "@/features/messages/test/render";
import type { ContactListResponse, ContactRow, SyncResponse } from "@/lib/contacts/contact-types";
import { ContactsScreen } from "./contacts-screen";

// Two cores shared with builds: give async UI more than the default second.
configure({ asyncUtilTimeout: 5000 });

vi.mock("next/navigation", () => ({
  useSearchParams: () => new URLSearchParams(),
  usePathname: () => "/demo/contacts",
  useRouter: () => ({ replace: vi.fn(), push: vi.fn() }),
}));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const contact = (id: string, name: string, extra: Partial<ContactRow> = {}): ContactRow => ({
  id,
  name,
  rut: "12345678-5",
  emails: ["ana@correo.cl"],
  phones: ["+56987654321"],
  tags: [],
  sources: ["chatwoot", "odoo"],
  hasOpenConversation: false,
  unpaidInvoices: 0,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  ...extra,
});
const list: ContactListResponse = {
  data: [contact("c1", "Ana Pérez", { hasOpenConversation: true, unpaidInvoices: 2 }), contact("c2", "Luis Soto")],
  total: 2,
  page: 1,
  pageSize: 50,
  lastSyncedAt: null,
};
const sync: SyncResponse = {
  chatwoot: { status: "ok", records: 12 },
  odoo: { status: "not_connected", records: 0 },
  created: 3,
  merged: 1,
  syncedAt: new Date().toISOString(),
};

describe("ContactsScreen", () => {
  it("shows formatted identities and markers, and tags every selected contact at once", async () => {
    const calls = mockFetch([
      { match: /\/api\/contacts\/t1\?/, body: list },
      { match: /\/tags$/, body: { data: [] } },
      { method: "POST", match: /\/tags$/, body: { updated: 2 } },
    ]);
    renderWithProviders(<ContactsScreen tenantId="t1" slug="demo" canEdit />);
    const row = (await screen.findByText("Ana Pérez")).closest("tr") as HTMLElement;
    expect(row.textContent).toContain("12.345.678-5");
    expect(row.textContent).toContain("+56 9 8765 4321");
    expect(row.textContent).toContain("Conversación abierta");
    expect(row.textContent).toContain("2 impagas");
    expect(screen.getByRole("link", { name: "Ana Pérez" }).getAttribute("href")).toBe("/demo/contacts/c1");

    fireEvent.click(screen.getByRole("checkbox", { name: "Seleccionar todos los contactos de esta página" }));
    expect(screen.getByText("2 seleccionados")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Etiqueta a agregar o quitar"), { target: { value: "mayorista" } });
    fireEvent.click(screen.getByRole("button", { name: "Agregar etiqueta" }));
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true));
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ contactIds: ["c1", "c2"], add: ["mayorista"] });
    await waitFor(() => expect(screen.queryByText("2 seleccionados")).toBeNull());
  });

  it("says which service was not connected after a sync", async () => {
    mockFetch([
      { match: /\/api\/contacts\/t1\?/, body: { ...list, data: [], total: 0 } },
      { match: /\/tags$/, body: { data: [] } },
      { method: "POST", match: /\/sync$/, body: sync },
    ]);
    renderWithProviders(<ContactsScreen tenantId="t1" slug="demo" canEdit />);
    expect(await screen.findByText("Aún no tienes contactos")).toBeTruthy();
    expect(screen.getByText("Aún no se ha sincronizado")).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "Sincronizar" })[0] as HTMLElement);
    expect(await screen.findByText("Chatwoot: 12 registros leídos.")).toBeTruthy();
    expect(screen.getByText(/Odoo no está conectado/)).toBeTruthy();
    expect(screen.getByText(/Última sincronización/)).toBeTruthy();
  });

  it("shows a viewer no write controls", async () => {
    mockFetch([
      { match: /\/api\/contacts\/t1\?/, body: list },
      { match: /\/tags$/, body: { data: [] } },
    ]);
    renderWithProviders(<ContactsScreen tenantId="t1" slug="demo" canEdit={false} />);
    await screen.findByText("Ana Pérez");
    for (const name of ["Sincronizar", "Nuevo contacto", "Importar CSV", "Exportar CSV"]) {
      expect(screen.queryByRole("button", { name })).toBeNull();
    }
    expect(screen.queryAllByRole("checkbox", { name: /Seleccionar/ })).toHaveLength(0);
  });
});
