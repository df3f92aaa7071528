import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { clerkEnabled } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, messages } = await getI18n();
  // proxy.ts makes one per request; next-themes' inline script needs it to run under the CSP.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const page = (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <Providers locale={locale} messages={messages} nonce={nonce}>
          {children}
        </Providers>
      </body>
    </html>
  );
  if (!clerkEnabled) return page;
  const { ClerkProvider } = await import("@/lib/auth/clerk-ui");
  return <ClerkProvider>{page}</ClerkProvider>;
}
