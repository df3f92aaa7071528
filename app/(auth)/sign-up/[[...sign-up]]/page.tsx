import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentIdentity } from "@/lib/auth/current-identity";
import { clerkEnabled } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { safeNextPath } from "@/lib/safe-next-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("auth.signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (clerkEnabled) {
    const { SignUp } = await import("@/lib/auth/clerk-ui");
    return <SignUp forceRedirectUrl={safeNextPath(next)} />;
  }
  if (await currentIdentity()) redirect(safeNextPath(next));
  const { t } = await getI18n();
  return (
    <AuthCard title={t("auth.signUpTitle")} subtitle={t("auth.signUpSubtitle")}>
      <SignUpForm next={next} />
    </AuthCard>
  );
}
