// The inbox's keyboard: single keys, so they must never fire while someone types in a field.

export type InboxAction = "next" | "prev" | "reply" | "resolve" | "canned" | "help";

type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  defaultPrevented?: boolean;
};

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  // Open menus and dialogs own their keys too.
  return Boolean(
    el.closest(
      "input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='menu'], [role='dialog'], [role='listbox']",
    ),
  );
}

/** Enter on a link or button already means "activate it". */
function isActivatable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  return Boolean((target as Element).closest("a[href], button, [role='button'], summary"));
}

export function inboxAction(e: KeyLike): InboxAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  if (e.key === "Enter" && isActivatable(e.target)) return null;
  switch (e.key) {
    case "j":
    case "ArrowDown":
      return "next";
    case "k":
    case "ArrowUp":
      return "prev";
    case "Enter":
    case "r":
      return "reply";
    case "e":
      return "resolve";
    case "/":
      return "canned";
    case "?":
      return "help";
    default:
      return null;
  }
}

/** The conversation j/k lands on: the next or previous one in the list, or the first. */
export function neighbour(ids: number[], current: number | null, step: 1 | -1): number | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return ids[0];
  const next = at + step;
  return next >= 0 && next < ids.length ? ids[next] : ids[at];
}
