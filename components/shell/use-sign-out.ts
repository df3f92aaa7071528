"use client";
import { fetchJson } from "@/lib/browser/fetch-json";

type ClerkGlobal = { signOut(options?: { redirectUrl?: string }): Promise<void> };

/**
 * Local sessions are revoked on the server. With Clerk, ClerkProvider has loaded clerk-js onto
 * window.Clerk; calling it there keeps @clerk/nextjs out of the bundle when Clerk is off.
 */
export function useSignOut(authProvider: "clerk" | "local") {
  return async () => {
    if (authProvider === "clerk") {
      const clerk = (window as unknown as { Clerk?: ClerkGlobal }).Clerk;
      if (clerk) return clerk.signOut({ redirectUrl: "/sign-in" });
    }
    await fetchJson("/api/auth/sign-out", { method: "POST" }).catch(() => undefined);
    window.location.assign("/sign-in");
  };
}
