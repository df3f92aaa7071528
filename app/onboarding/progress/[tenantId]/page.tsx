import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ProvisioningProgress } from "@/features/onboarding/components/provisioning-progress";
import { requireIdentity } from "@/lib/auth/require-identity";
import { getI18n } from "@/lib/i18n/server";
import { findMembership } from "@/lib/tenancy/memberships";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("onboarding.progress.title") };
}

// The live progress of one tenant's provisioning, for its members (the new admin lands here).
export default async function ProgressPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const identity = await requireIdentity(`/onboarding/progress/${tenantId}`);
  if (!(await findMembership(identity, { id: tenantId }))) notFound();
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-lg">
      <AuthCard title={t("onboarding.progress.title")} subtitle={t("onboarding.progress.subtitle")}>
        <ProvisioningProgress tenantId={tenantId} />
      </AuthCard>
    </div>
  );
}
