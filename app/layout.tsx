import type { Metadata } from "next";
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
  const page = (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <Providers locale={locale} messages={messages}>
          {children}
        </Providers>
      </body>
    </html>
  );
  if (!clerkEnabled) return page;
  const { ClerkProvider } = await import("@/lib/auth/clerk-ui");
  return <ClerkProvider>{page}</ClerkProvider>;
}
