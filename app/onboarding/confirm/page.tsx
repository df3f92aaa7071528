import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { ConfirmSignup } from "@/features/onboarding/components/confirm-signup";
import { getI18n } from "@/lib/i18n/server";
import { isUuid } from "@/lib/uuid";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("onboarding.confirm.title") };
}

// The link from the confirmation email / WhatsApp: /onboarding/confirm?tenant=<id>&token=<token>.
export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<{ tenant?: string; token?: string }>;
}) {
  const [{ tenant, token }, { t }] = await Promise.all([searchParams, getI18n()]);
  const complete = typeof tenant === "string" && isUuid(tenant) && typeof token === "string" && token.length >= 20;
  return (
    <div className="mx-auto max-w-md">
      <AuthCard title={t("onboarding.confirm.title")} subtitle={t("onboarding.confirm.body")}>
        {complete ? (
          <ConfirmSignup tenantId={tenant} token={token} />
        ) : (
          <Alert variant="destructive">
            <AlertDescription>{t("onboarding.confirm.invalid")}</AlertDescription>
          </Alert>
        )}
      </AuthCard>
    </div>
  );
}
