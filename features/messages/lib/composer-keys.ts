// What a key press in the reply box means. Enter sends and Shift+Enter breaks the line; while an
// IME is composing (Japanese, emoji pickers on some systems) Enter belongs to the IME; while the
// canned-response menu is open the arrows, Enter, Tab and Escape drive the menu.

export type ComposerKeyAction = "send" | "menu-next" | "menu-prev" | "menu-pick" | "menu-close" | null;

export function composerKeyAction(
  e: { key: string; shiftKey: boolean; isComposing?: boolean; ctrlKey?: boolean; metaKey?: boolean },
  menuOpen: boolean,
): ComposerKeyAction {
  if (e.isComposing) return null;
  if (menuOpen) {
    if (e.key === "ArrowDown") return "menu-next";
    if (e.key === "ArrowUp") return "menu-prev";
    if ((e.key === "Enter" && !e.shiftKey) || e.key === "Tab") return "menu-pick";
    if (e.key === "Escape") return "menu-close";
  }
  if (e.key === "Enter" && !e.shiftKey) return "send";
  return null;
}

/** "/desp" at the start of the box → "desp"; anything else → null (no menu). */
export function cannedQuery(text: string): string | null {
  const m = /^\/(\S*)$/.exec(text);
  return m ? m[1] : null;
}

export function filterCanned<T extends { shortCode: string; content: string }>(items: T[], query: string, max = 8) {
  const q = query.toLocaleLowerCase("es-CL");
  if (!q) return items.slice(0, max);
  const starts = items.filter((c) => c.shortCode.toLocaleLowerCase("es-CL").startsWith(q));
  const rest = items.filter(
    (c) =>
      !starts.includes(c) &&
      (c.shortCode.toLocaleLowerCase("es-CL").includes(q) || c.content.toLocaleLowerCase("es-CL").includes(q)),
  );
  return [...starts, ...rest].slice(0, max);
}
