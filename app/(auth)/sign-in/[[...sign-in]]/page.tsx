import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentIdentity } from "@/lib/auth/current-identity";
import { clerkEnabled } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { safeNextPath } from "@/lib/safe-next-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("auth.signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (clerkEnabled) {
    const { SignIn } = await import("@/lib/auth/clerk-ui");
    return <SignIn forceRedirectUrl={safeNextPath(next)} />;
  }
  if (await currentIdentity()) redirect(safeNextPath(next));
  const { t } = await getI18n();
  return (
    <AuthCard title={t("auth.signInTitle")} subtitle={t("auth.signInSubtitle")}>
      <SignInForm next={next} />
    </AuthCard>
  );
}
