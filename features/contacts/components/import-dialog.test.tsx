// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockFetch, renderWithProviders } from "@/features/messages/test/render";
import type { ImportResponse, ImportRowResult } from "@/lib/contacts/contact-types";
import { ImportDialog } from "./import-dialog";

// Two cores shared with builds: give async UI more than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (line: number, errors: string[] = []): ImportRowResult => ({
  line,
  name: `Cliente ${line}`,
  rut: "12345678-5",
  emails: [],
  phones: ["+56987654321"],
  tags: [],
  action: "create",
  errors,
  errorReasons: errors.map(() => "rut_invalid"),
});
const result = (rows: ImportRowResult[], applied = false): ImportResponse => ({
  rows,
  valid: rows.filter((r) => r.errors.length === 0).length,
  invalid: rows.filter((r) => r.errors.length > 0).length,
  applied,
});

const bad = "nombre;rut\nCliente 2;12.345.678-9\nCliente 3;12.345.678-5";
const good = "nombre;rut\nCliente 2;12.345.678-5\nCliente 3;12.345.678-5";

function open() {
  renderWithProviders(<ImportDialog tenantId="t1" trigger={<button type="button">Importar CSV</button>} />);
  fireEvent.click(screen.getByRole("button", { name: "Importar CSV" }));
}
const confirm = () => screen.getByRole("button", { name: /^Importar contactos \(\d+\)$/ }) as HTMLButtonElement;
const paste = (text: string) =>
  fireEvent.change(screen.getByLabelText("O pega el contenido"), { target: { value: text } });

describe("ImportDialog", () => {
  it("shows each row's errors and keeps the import disabled until a clean preview of the same text", async () => {
    const calls = mockFetch([
      {
        method: "POST",
        match: /\/api\/contacts\/t1\/import$/,
        body: () => {
          const sent = calls.at(-1)?.body as { csv: string; dryRun: boolean };
          if (!sent.dryRun) return result([row(2), row(3)], true);
          return sent.csv === bad
            ? result([row(2, ["El RUT no es válido: revisa los números y el dígito verificador."]), row(3)])
            : result([row(2), row(3)]);
        },
      },
    ]);
    open();
    expect(confirm().disabled).toBe(true);

    paste(bad);
    fireEvent.click(screen.getByRole("button", { name: "Revisar" }));
    expect(await screen.findByText("Listas para importar: 1. Con errores: 1.")).toBeTruthy();
    expect(screen.getByText("El RUT no es válido: revisa los números y el dígito verificador.")).toBeTruthy();
    expect(confirm().disabled).toBe(true);

    // A fixed text must be checked again before it can be applied.
    paste(good);
    expect(screen.getByText(/Cambiaste el contenido/)).toBeTruthy();
    expect(confirm().disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Revisar" }));
    expect(await screen.findByText("Listas para importar: 2. Con errores: 0.")).toBeTruthy();
    await waitFor(() => expect(confirm().disabled).toBe(false));

    fireEvent.click(confirm());
    await waitFor(() => expect(calls.filter((c) => c.method === "POST")).toHaveLength(3));
    expect(calls.at(-1)?.body).toEqual({ csv: good, dryRun: false });
    // Applied: the dialog closes.
    await waitFor(() => expect(screen.queryByLabelText("O pega el contenido")).toBeNull());
  });

  it("keeps the dialog open with the server's reason when applying is refused", async () => {
    mockFetch([{ method: "POST", match: /\/import$/, body: result([row(2)]) }]);
    open();
    paste(good);
    fireEvent.click(screen.getByRole("button", { name: "Revisar" }));
    await waitFor(() => expect(confirm().disabled).toBe(false));
    // Applying answers 422 when a row no longer passes, as the API does.
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: "validation_failed", message: "La fila 2 cambió." } }), {
            status: 422,
          }),
      ),
    );
    fireEvent.click(confirm());
    expect(await screen.findByText("La fila 2 cambió.")).toBeTruthy();
    expect(screen.getByLabelText("O pega el contenido")).toBeTruthy();
  });
});
