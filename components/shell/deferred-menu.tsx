"use client";
import {
  cloneElement,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
  Suspense,
  useEffect,
  useState,
} from "react";

type TriggerProps = {
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  "aria-haspopup"?: "menu";
  "aria-expanded"?: boolean;
};

/**
 * A dropdown whose code (Radix menu, floating-ui, focus and scroll locking) stays out of every
 * page's first load. Until the first click the trigger is a plain button that looks and reads the
 * same; the menu's chunk is fetched once the page is idle (or sooner, when the pointer or focus
 * reaches the trigger), and the first activation swaps in the real menu already open.
 * `menu(trigger)` renders the lazy menu with `defaultOpen` and that same trigger.
 */
export function DeferredMenu({
  preload,
  trigger,
  menu,
}: {
  preload: () => Promise<unknown>;
  trigger: ReactElement<TriggerProps>;
  menu: (trigger: ReactElement<TriggerProps>) => ReactNode;
}) {
  const [active, setActive] = useState(false);

  useEffect(() => {
    // Warm the chunk so the first click opens at once, without competing with the page's own loading.
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(() => void preload(), { timeout: 4_000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(() => void preload(), 2_000);
    return () => clearTimeout(id);
  }, [preload]);

  if (active) return <Suspense fallback={trigger}>{menu(trigger)}</Suspense>;

  return cloneElement(trigger, {
    "aria-haspopup": "menu",
    "aria-expanded": false,
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    // Enter and Space arrive as clicks; ArrowDown opens a Radix menu too.
    onClick: () => setActive(true),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        setActive(true);
      }
    },
  });
}
