import type { ExternalToast } from "sonner";

// sonner (the toast store and its Toaster, ~10 KB gzip) is left out of every page's first load: the
// Toaster mounts after hydration (app/providers.tsx) and each toast waits for the same chunk. sonner
// hands toasts raised before the Toaster subscribes to it when it does, so none is lost.
const load = () => import("sonner").then((m) => m.toast);

type Kind = "success" | "error" | "warning" | "info";
const show =
  (kind: Kind) =>
  (message: string, data?: ExternalToast): void => {
    void load().then((toast) => toast[kind](message, data));
  };

/** The same calls as sonner's `toast.success(...)` and friends, for strings. */
export const toast = { success: show("success"), error: show("error"), warning: show("warning"), info: show("info") };
