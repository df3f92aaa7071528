import { describe, expect, it } from "vitest";
import { cannedQuery, composerKeyAction, filterCanned } from "./composer-keys";

const key = (k: string, over: { shiftKey?: boolean; isComposing?: boolean } = {}) => ({
  key: k,
  shiftKey: false,
  ...over,
});

describe("composer keys", () => {
  it("Enter sends, Shift+Enter is a new line, Enter inside an IME composition is the IME's", () => {
    expect(composerKeyAction(key("Enter"), false)).toBe("send");
    expect(composerKeyAction(key("Enter", { shiftKey: true }), false)).toBeNull();
    expect(composerKeyAction(key("Enter", { isComposing: true }), false)).toBeNull();
    expect(composerKeyAction(key("a"), false)).toBeNull();
  });

  it("with the canned menu open, arrows move, Enter or Tab picks and Escape closes", () => {
    expect(composerKeyAction(key("ArrowDown"), true)).toBe("menu-next");
    expect(composerKeyAction(key("ArrowUp"), true)).toBe("menu-prev");
    expect(composerKeyAction(key("Enter"), true)).toBe("menu-pick");
    expect(composerKeyAction(key("Tab"), true)).toBe("menu-pick");
    expect(composerKeyAction(key("Escape"), true)).toBe("menu-close");
  });

  it('"/" at the start opens the menu with what follows as the search', () => {
    expect(cannedQuery("/")).toBe("");
    expect(cannedQuery("/desp")).toBe("desp");
    expect(cannedQuery("hola /desp")).toBeNull();
    expect(cannedQuery("/desp algo")).toBeNull();
  });

  it("searches short codes first, then contents", () => {
    const items = [
      { id: 1, shortCode: "saludo", content: "¡Hola!" },
      { id: 2, shortCode: "horario", content: "Atendemos de lunes a sábado" },
      { id: 3, shortCode: "despacho", content: "Despachamos el sábado" },
    ];
    expect(filterCanned(items, "des").map((c) => c.id)).toEqual([3]);
    expect(filterCanned(items, "sábado").map((c) => c.id)).toEqual([2, 3]);
    expect(filterCanned(items, "").map((c) => c.id)).toEqual([1, 2, 3]);
  });
});
