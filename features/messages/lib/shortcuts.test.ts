// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { inboxAction, neighbour } from "./shortcuts";

const press = (key: string, target: EventTarget | null = document.body, mods = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe("inbox shortcuts", () => {
  it("maps j/k, arrows, Enter/r, e, / and ?", () => {
    expect(
      ["j", "ArrowDown", "k", "ArrowUp", "Enter", "r", "e", "/", "?", "x"].map((k) => inboxAction(press(k))),
    ).toEqual(["next", "next", "prev", "prev", "reply", "reply", "resolve", "canned", "help", null]);
  });

  it("never fires while typing, with modifiers, or on Enter over a link or button", () => {
    const input = document.createElement("input");
    const textarea = document.createElement("textarea");
    const link = document.createElement("a");
    link.href = "/x";
    const menu = document.createElement("div");
    menu.setAttribute("role", "menu");
    const item = document.createElement("div");
    menu.append(item);
    expect(inboxAction(press("e", input))).toBeNull();
    expect(inboxAction(press("j", textarea))).toBeNull();
    expect(inboxAction(press("j", item))).toBeNull();
    expect(inboxAction(press("e", document.body, { ctrlKey: true }))).toBeNull();
    expect(inboxAction(press("Enter", link))).toBeNull();
    expect(inboxAction(press("j", link))).toBe("next");
  });

  it("moves to the neighbour and stays at the ends", () => {
    expect(neighbour([4, 7, 9], null, 1)).toBe(4);
    expect(neighbour([4, 7, 9], 7, 1)).toBe(9);
    expect(neighbour([4, 7, 9], 9, 1)).toBe(9);
    expect(neighbour([4, 7, 9], 4, -1)).toBe(4);
    expect(neighbour([], 4, 1)).toBeNull();
  });
});
