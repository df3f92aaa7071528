import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AcceptInvitation } from "@/features/onboarding/components/accept-invitation";
import { currentIdentity } from "@/lib/auth/current-identity";
import { getI18n } from "@/lib/i18n/server";
import { invitationForLink } from "@/lib/tenancy/invitation-api";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("onboarding.invitation.title") };
}

// The link from the invitation email: /onboarding/invitation?token=<token>. Under /onboarding so a
// signed-out invitee sees it; they sign up or in and come back here through `next`.
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, { t }] = await Promise.all([searchParams, getI18n()]);
  const invitation = typeof token === "string" && token.length >= 20 ? await invitationForLink(token) : null;
  const identity = invitation ? await currentIdentity() : null;
  const here = `/onboarding/invitation?${new URLSearchParams({ token: token ?? "" })}`;
  const problem = !invitation
    ? t("onboarding.invitation.invalid")
    : invitation.state === "accepted"
      ? t("onboarding.invitation.used")
      : invitation.state === "expired"
        ? t("onboarding.invitation.expired")
        : identity && identity.email.toLowerCase() !== invitation.email.toLowerCase()
          ? t("onboarding.invitation.otherAccount", { email: invitation.email, you: identity.email })
          : null;
  return (
    <div className="mx-auto max-w-md">
      <AuthCard
        title={t("onboarding.invitation.title")}
        subtitle={
          invitation
            ? t("onboarding.invitation.body", { legalName: invitation.legalName, email: invitation.email })
            : ""
        }
      >
        {problem ? (
          <Alert variant="destructive">
            <AlertDescription>{problem}</AlertDescription>
          </Alert>
        ) : identity && token ? (
          <AcceptInvitation token={token} />
        ) : (
          <div className="grid gap-2">
            <Button asChild>
              <Link href={`/sign-up?${new URLSearchParams({ next: here })}`}>{t("onboarding.invitation.signUp")}</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/sign-in?${new URLSearchParams({ next: here })}`}>{t("onboarding.invitation.signIn")}</Link>
            </Button>
          </div>
        )}
      </AuthCard>
    </div>
  );
}
