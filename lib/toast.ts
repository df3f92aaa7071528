import type { ExternalToast } from "sonner";

// sonner (the toast store and its Toaster, ~10 KB gzip) loads with the first toast, not with every
// page: the first toast asks for the Toaster (app/providers.tsx mounts it then) and waits for the same
// chunk. sonner hands toasts raised before the Toaster subscribes to it when it does, so none is lost.
const load = () => import("sonner").then((m) => m.toast);

let toasterWanted = false;
const listeners = new Set<() => void>();
/** For useSyncExternalStore: whether anything was toasted yet, so the Toaster is needed. */
export const toasterStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  wanted: () => toasterWanted,
};
function wantToaster() {
  if (toasterWanted) return;
  toasterWanted = true;
  for (const listener of listeners) listener();
}

type Kind = "success" | "error" | "warning" | "info";
const show =
  (kind: Kind) =>
  (message: string, data?: ExternalToast): void => {
    wantToaster();
    void load().then((toast) => toast[kind](message, data));
  };

/** The same calls as sonner's `toast.success(...)` and friends, for strings. */
export const toast = { success: show("success"), error: show("error"), warning: show("warning"), info: show("info") };
