// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/lib/i18n/client";
import { esCL } from "@/lib/i18n/messages/es-CL";
import { createEntry, failEntry } from "../lib/send-machine";
import { message } from "../test/fixtures";
import { renderWithProviders } from "../test/render";
import { MessageList } from "./message-list";

beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(2000);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(600);
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

const props = {
  tenantId: "t",
  conversationId: 1,
  pending: [],
  hasOlder: false,
  loadingOlder: false,
  olderError: null,
  loadOlder: () => {},
  onRetry: () => {},
  onDiscard: () => {},
  readOnly: false,
};

describe("MessageList", () => {
  it("holds the newest messages in the server's HTML, in a box that starts at its end", () => {
    const messages = Array.from({ length: 60 }, (_, i) => message(i + 1, { content: `mensaje ${i + 1}` }));
    const html = renderToString(
      <I18nProvider locale="es-CL" messages={esCL}>
        <QueryClientProvider client={new QueryClient()}>
          <MessageList {...props} messages={messages} />
        </QueryClientProvider>
      </I18nProvider>,
    );
    const ids = [...html.matchAll(/data-message-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids.at(-1)).toBe(60);
    expect(ids).not.toContain(1);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(html).toContain("flex-col-reverse");
    // The newest one is the element the bench's paint timing follows.
    expect(html).toMatch(/elementtiming="messages:newest"/);
  });

  it("styles incoming, outgoing, private and activity messages, with delivery status and failure reason", () => {
    renderWithProviders(
      <MessageList
        {...props}
        messages={[
          message(1, { content: "¿Tienen stock?" }),
          message(2, { content: "Sí", messageType: "outgoing", status: "read" }),
          message(3, { content: "Ojo con el precio", messageType: "outgoing", private: true }),
          message(4, { content: "Conversación resuelta", messageType: "activity" }),
          message(5, {
            content: "Hola",
            messageType: "outgoing",
            status: "failed",
            externalError: "131047: Re-engagement message",
          }),
        ]}
      />,
    );
    const look = (id: number) => document.querySelector(`[data-message-id="${id}"]`)?.getAttribute("data-look");
    expect([1, 2, 3, 4, 5].map(look)).toEqual(["incoming", "outgoing", "private", "activity", "outgoing"]);
    expect(screen.getByText("Leído")).toBeTruthy();
    expect(screen.getByText("Falló: 131047: Re-engagement message")).toBeTruthy();
    expect(screen.getByText("Nota privada")).toBeTruthy();
    expect(screen.getByText("Inicio de la conversación")).toBeTruthy();
  });

  it("shows a failed send with retry and a pending one as sending", () => {
    const onRetry = vi.fn();
    const failed = failEntry(createEntry({ conversationId: 1, content: "No llegó" }), { status: 500, message: "" });
    const sending = createEntry({ conversationId: 1, content: "Va en camino" });
    renderWithProviders(
      <MessageList {...props} messages={[message(1)]} pending={[failed, sending]} onRetry={onRetry} />,
    );
    expect(document.querySelector('[data-outbox="sending"]')?.textContent).toContain("Va en camino");
    const bubble = document.querySelector('[data-outbox="failed"]') as HTMLElement;
    expect(bubble.textContent).toContain("No se envió.");
    fireEvent.click(screen.getByRole("button", { name: "Reintentar" }));
    expect(onRetry).toHaveBeenCalledWith(failed.echoId);
  });

  it("offers no retry to a viewer", () => {
    const failed = failEntry(createEntry({ conversationId: 1, content: "x" }), { status: 500 });
    renderWithProviders(<MessageList {...props} messages={[]} pending={[failed]} readOnly />);
    expect(screen.queryByRole("button", { name: "Reintentar" })).toBeNull();
  });
});
