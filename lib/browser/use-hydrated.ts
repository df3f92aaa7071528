"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and while the browser hydrates the server's HTML, true from the render after
 * (and at once in a component first mounted on the client), so a component can render what the
 * server did until the script has taken over.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
