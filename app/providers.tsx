"use client";
import { QueryClientProvider } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import { ThemeProvider } from "@/components/theme-provider";
import { makeQueryClient } from "@/lib/browser/query-client";
import { I18nProvider } from "@/lib/i18n/client";
import type { Locale, Messages } from "@/lib/i18n/types";

// Nothing to show until something is toasted: its code loads after hydration (see lib/toast.ts).
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
  return (
    <ThemeProvider nonce={nonce}>
      <I18nProvider locale={locale} messages={messages}>
        <QueryClientProvider client={queryClient}>
          {children}
          <Toaster richColors closeButton position="top-right" />
        </QueryClientProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
