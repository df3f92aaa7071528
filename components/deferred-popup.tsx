"use client";
import { cloneElement, type KeyboardEvent, type ReactElement, type ReactNode, Suspense, useState } from "react";

type TriggerProps = {
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  "aria-haspopup"?: "menu" | "dialog";
  "aria-expanded"?: boolean;
};

/**
 * A menu or dialog whose code (Radix, floating-ui, focus and scroll locking, the form inside) stays
 * out of the page's load. Until the first click the trigger is a plain button that looks and reads the same;
 * the menu's chunk is fetched when the pointer or focus reaches the trigger (not on idle: every
 * cold visit then paid for two menus few open), and the first activation swaps in the real menu
 * already open.
 * `popup(trigger)` renders the lazy menu or dialog with `defaultOpen` and that same trigger.
 */
export function DeferredPopup({
  kind,
  preload,
  trigger,
  popup,
}: {
  kind: "menu" | "dialog";
  preload: () => Promise<unknown>;
  trigger: ReactElement<TriggerProps>;
  popup: (trigger: ReactElement<TriggerProps>) => ReactNode;
}) {
  const [active, setActive] = useState(false);

  if (active) return <Suspense fallback={trigger}>{popup(trigger)}</Suspense>;

  return cloneElement(trigger, {
    "aria-haspopup": kind,
    "aria-expanded": false,
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    // Enter and Space arrive as clicks; ArrowDown opens a Radix menu too.
    onClick: () => setActive(true),
    onKeyDown: (event: KeyboardEvent) => {
      if (kind === "menu" && event.key === "ArrowDown") {
        event.preventDefault();
        setActive(true);
      }
    },
  });
}
