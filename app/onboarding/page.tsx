import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { OnboardingWizard } from "@/features/onboarding/components/onboarding-wizard";
import { currentIdentity } from "@/lib/auth/current-identity";
import { clerkEnabled } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("onboarding.title") };
}

// Public: a new customer has no account yet. A signed-in one registers another business with theirs.
export default async function OnboardingPage() {
  const [identity, { t }] = await Promise.all([currentIdentity(), getI18n()]);
  let clerkSignUp = null;
  if (clerkEnabled && !identity) {
    const { SignUp } = await import("@/lib/auth/clerk-ui");
    // Clerk comes back to the wizard, whose answers wait in sessionStorage.
    clerkSignUp = <SignUp forceRedirectUrl="/onboarding" />;
  }
  return (
    <AuthCard title={t("onboarding.title")} subtitle={t("onboarding.subtitle")}>
      <OnboardingWizard signedInEmail={identity?.email ?? null} clerkSignUp={clerkSignUp} />
    </AuthCard>
  );
}
