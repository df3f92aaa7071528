"use client";
import { QueryClientProvider } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { type ReactNode, useState, useSyncExternalStore } from "react";
import { ThemeProvider } from "@/components/theme-provider";
import { makeQueryClient } from "@/lib/browser/query-client";
import { I18nProvider } from "@/lib/i18n/client";
import type { Locale, Messages } from "@/lib/i18n/types";
import { toasterStore } from "@/lib/toast";

// Nothing to show until something is toasted: its code loads with the first toast (see lib/toast.ts).
const Toaster = dynamic(() => import("@/components/ui/sonner").then((m) => m.Toaster), { ssr: false });

export function Providers({
  locale,
  messages,
  nonce,
  children,
}: {
  locale: Locale;
  messages: Messages;
  nonce?: string;
  children: ReactNode;
}) {
  const [queryClient] = useState(makeQueryClient);
  const toasterWanted = useSyncExternalStore(toasterStore.subscribe, toasterStore.wanted, () => false);
  return (
    <ThemeProvider nonce={nonce}>
      <I18nProvider locale={locale} messages={messages}>
        <QueryClientProvider client={queryClient}>
          {children}
          {toasterWanted ? <Toaster richColors closeButton position="top-right" /> : null}
        </QueryClientProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
