// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "@/features/messages/test/render";
import { useContactFilters } from "../hooks/use-contact-filters";
import { ContactFiltersBar } from "./contact-filters";

// Two cores shared with builds: give async UI more than the default second.
configure({ asyncUtilTimeout: 5000 });

const nav = vi.hoisted(() => ({
  search: new URLSearchParams(),
  replace: vi.fn(),
  push: vi.fn(),
}));
vi.mock("next/navigation", () => ({
  useSearchParams: () => nav.search,
  usePathname: () => "/demo/contacts",
  useRouter: () => ({ replace: nav.replace, push: nav.push }),
}));

function Bar() {
  const { filters, setFilters } = useContactFilters();
  return <ContactFiltersBar filters={filters} tags={[{ tag: "vip", count: 2 }]} onChange={setFilters} />;
}

beforeEach(() => {
  nav.replace.mockReset();
  nav.push.mockReset();
});
afterEach(cleanup);

describe("ContactFiltersBar", () => {
  it("writes the search to the URL after a pause and starts again from page 1", async () => {
    nav.search = new URLSearchParams("source=odoo&page=3");
    renderWithProviders(<Bar />);
    fireEvent.change(screen.getByLabelText("Buscar por nombre, teléfono, correo o RUT"), {
      target: { value: "12.345.678-5" },
    });
    expect(nav.replace).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(nav.replace).toHaveBeenCalledWith("/demo/contacts?q=12.345.678-5&source=odoo", { scroll: false }),
    );
  });

  it("toggles the open and unpaid markers in the URL and clears filters but keeps the sort", () => {
    nav.search = new URLSearchParams("tag=vip&sort=recent");
    renderWithProviders(<Bar />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Con facturas impagas" }));
    expect(nav.replace).toHaveBeenLastCalledWith("/demo/contacts?tag=vip&unpaid=1&sort=recent", { scroll: false });
    fireEvent.click(screen.getByRole("button", { name: "Quitar filtros" }));
    expect(nav.replace).toHaveBeenLastCalledWith("/demo/contacts?sort=recent", { scroll: false });
    expect(nav.push).not.toHaveBeenCalled();
  });
});
