// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultFilters } from "../lib/filters";
import { conversation, range } from "../test/fixtures";
import { renderWithProviders } from "../test/render";
import { ConversationList } from "./conversation-list";

// jsdom has no layout: give the scroll container a height so the virtualizer has a viewport.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(380);
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

const base = {
  slug: "demo",
  filters: defaultFilters,
  inboxes: [],
  selectedId: null,
  isPending: false,
  error: null,
  onRetry: () => {},
  hasMore: false,
  loadMore: () => {},
  loadingMore: false,
  moreError: null,
  onOpen: () => {},
  onClearFilters: () => {},
};

describe("ConversationList", () => {
  it("renders only the rows on screen out of 10,000", () => {
    const items = range(1, 10_000).map((id) => conversation(id, { contact: null }));
    renderWithProviders(<ConversationList {...base} items={items} />);
    const rows = document.querySelectorAll("[data-conversation-id]");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute("data-conversation-id")).toBe("1");
  });

  it("asks for the next page when the end of a short list is on screen", () => {
    const loadMore = vi.fn();
    renderWithProviders(
      <ConversationList {...base} items={range(1, 5).map((id) => conversation(id))} hasMore loadMore={loadMore} />,
    );
    expect(loadMore).toHaveBeenCalled();
  });

  it("opens a conversation in place and keeps its link for a new tab", () => {
    const onOpen = vi.fn();
    renderWithProviders(
      <ConversationList
        {...base}
        items={[conversation(42, { unreadCount: 3 })]}
        filters={{ ...defaultFilters, assignee: "me" }}
        onOpen={onOpen}
      />,
    );
    const link = document.querySelector('[data-conversation-id="42"]') as HTMLAnchorElement;
    expect(link.getAttribute("href")).toBe("/demo/messages/42?assignee=me");
    expect(screen.getByText("3 sin leer")).toBeTruthy();
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith(42);
  });

  it("says what to do when a filter is empty, and names Chatwoot when it fails", () => {
    renderWithProviders(<ConversationList {...base} items={[]} filters={{ ...defaultFilters, assignee: "me" }} />);
    expect(screen.getByText("No hay conversaciones abiertas")).toBeTruthy();
    expect(screen.getByText(/Nada asignado a ti/)).toBeTruthy();
    cleanup();
    const onRetry = vi.fn();
    renderWithProviders(<ConversationList {...base} items={[]} error={new Error("x")} onRetry={onRetry} />);
    expect(screen.getByRole("alert").textContent).toContain("No pudimos cargar las conversaciones desde Chatwoot.");
    fireEvent.click(screen.getByRole("button", { name: "Reintentar" }));
    expect(onRetry).toHaveBeenCalled();
  });
});
