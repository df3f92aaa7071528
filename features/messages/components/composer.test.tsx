// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Inbox } from "@/lib/integrations/chatwoot/chatwoot-models";
import { conversation } from "../test/fixtures";
import { mockFetch, renderWithProviders } from "../test/render";
import { Composer } from "./composer";

const canned = [
  { id: 1, shortCode: "saludo", content: "¡Hola! Gracias por escribir." },
  { id: 2, shortCode: "despacho", content: "Despachamos de lunes a viernes." },
];

const inbox: Inbox = {
  id: 1,
  name: "WhatsApp",
  channelType: "Channel::Whatsapp",
  isWhatsapp: true,
  phoneNumber: null,
  templates: [
    {
      id: "1",
      name: "confirmacion_pedido",
      status: "APPROVED",
      category: "UTILITY",
      language: "es",
      body: "Hola {{1}}, tu pedido {{2}} está listo.",
      approved: true,
    },
    {
      id: "2",
      name: "promo_invierno",
      status: "PENDING",
      category: "MARKETING",
      language: "es",
      body: "{{1}} de descuento",
      approved: false,
    },
  ],
};

beforeEach(() => {
  localStorage.clear();
  mockFetch([{ match: /canned-responses/, body: { data: canned } }]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const box = () => screen.getByTestId("composer-input") as HTMLTextAreaElement;

describe("Composer", () => {
  it("Enter sends the reply and clears the box; Shift+Enter does not send", async () => {
    const onSend = vi.fn();
    renderWithProviders(<Composer tenantId="t" conversation={conversation(5)} inbox={inbox} onSend={onSend} />);
    fireEvent.change(box(), { target: { value: "Hola Rosa" } });
    fireEvent.keyDown(box(), { key: "Enter", shiftKey: true });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(onSend).toHaveBeenCalledExactlyOnceWith({ content: "Hola Rosa", private: false });
    expect(box().value).toBe("");
    // An empty box sends nothing.
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it("sends a private note in note mode", () => {
    const onSend = vi.fn();
    renderWithProviders(<Composer tenantId="t" conversation={conversation(5)} inbox={inbox} onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Nota privada" }));
    fireEvent.change(box(), { target: { value: "Llamar mañana" } });
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(onSend).toHaveBeenCalledWith({ content: "Llamar mañana", private: true });
  });

  it('"/" opens canned responses with search; Enter picks one instead of sending', async () => {
    const onSend = vi.fn();
    renderWithProviders(<Composer tenantId="t" conversation={conversation(5)} inbox={inbox} onSend={onSend} />);
    fireEvent.change(box(), { target: { value: "/desp" } });
    const option = await screen.findByRole("option", { name: /despacho/ });
    expect(screen.queryByRole("option", { name: /saludo/ })).toBeNull();
    expect(option.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(onSend).not.toHaveBeenCalled();
    expect(box().value).toBe("Despachamos de lunes a viernes.");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("keeps the draft of each conversation across a remount (a reload)", async () => {
    const first = renderWithProviders(
      <Composer tenantId="t" conversation={conversation(5)} inbox={inbox} onSend={vi.fn()} />,
    );
    fireEvent.change(box(), { target: { value: "A medio escribir" } });
    first.unmount();
    renderWithProviders(<Composer tenantId="t" conversation={conversation(6)} inbox={inbox} onSend={vi.fn()} />);
    expect(box().value).toBe("");
    cleanup();
    renderWithProviders(<Composer tenantId="t" conversation={conversation(5)} inbox={inbox} onSend={vi.fn()} />);
    await waitFor(() => expect(box().value).toBe("A medio escribir"));
  });

  it("with WhatsApp's window closed offers only approved templates with their parameters, never free text", async () => {
    const onSend = vi.fn();
    renderWithProviders(
      <Composer tenantId="t" conversation={conversation(5, { canReply: false })} inbox={inbox} onSend={onSend} />,
    );
    const picker = await screen.findByTestId("template-picker");
    expect(screen.queryByTestId("composer-input")).toBeNull();
    expect(picker.textContent).toContain("La ventana de 24 horas de WhatsApp está cerrada");
    const select = screen.getByLabelText("Plantilla") as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(["", "confirmacion_pedido"]);
    fireEvent.change(select, { target: { value: "confirmacion_pedido" } });
    fireEvent.change(screen.getByLabelText("Parámetro 1"), { target: { value: "Marcela" } });
    fireEvent.click(screen.getByRole("button", { name: "Enviar plantilla" }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toBe("Completa todos los parámetros.");
    fireEvent.change(screen.getByLabelText("Parámetro 2"), { target: { value: "S00123" } });
    expect(screen.getByTestId("template-preview").textContent).toBe("Hola Marcela, tu pedido S00123 está listo.");
    fireEvent.click(screen.getByRole("button", { name: "Enviar plantilla" }));
    expect(onSend).toHaveBeenCalledExactlyOnceWith({
      content: "Hola Marcela, tu pedido S00123 está listo.",
      template: {
        name: "confirmacion_pedido",
        category: "UTILITY",
        language: "es",
        processedParams: { body: { "1": "Marcela", "2": "S00123" } },
      },
    });
    // A note is still allowed in a closed window.
    fireEvent.click(screen.getByRole("button", { name: "Nota privada" }));
    expect(screen.getByTestId("composer-input")).toBeTruthy();
  });
});
