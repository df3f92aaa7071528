"use client";
import { type ComponentType, useState } from "react";
import { useHydrated } from "./use-hydrated";

export type Preloadable<P> = ComponentType<P> & {
  /** Fetches the chunk (once) and keeps the component, so mounts after it render without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * A component in its own chunk (`lazy`, from next/dynamic) that, once `load` has brought it in,
 * mounts without suspending. React.lazy suspends on the first render of each lazy component even
 * when its chunk is already fetched, and React then holds a revealed boundary back until 300 ms
 * after its fallback showed: opening a conversation waited on that, not on the network. No library
 * offers this; next/dynamic's own preloading only covers the server render.
 */
export function preloadable<P extends object>(
  lazy: ComponentType<P>,
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
      },
      () => {
        // A failed fetch (offline, a new deploy) is tried again by the next preload or by lazy itself.
        pending = null;
      },
    );
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per split component, at module level, as next/dynamic's are.
  function PreloadedOrLazy(props: P) {
    const hydrated = useHydrated();
    // Chosen once per mount: changing the type later would remount it. While hydrating, always the
    // lazy one, since that is what the server rendered.
    const [Component] = useState(() => (hydrated && loaded) || lazy);
    return <Component {...props} />;
  }
  return Object.assign(PreloadedOrLazy, { preload });
}
