import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { withNext } from "@/components/auth/auth-links";
import { VerifySignUpForm } from "@/components/auth/verify-sign-up-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signUpLinkFor } from "@/lib/auth/local-accounts";
import { clerkEnabled } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("auth.verifyTitle"), robots: { index: false } };
}

// The link from the sign-up email: /sign-up/verify?token=<token>. Opening it changes nothing (mail
// scanners open links too); its button creates the account. A link that no longer works says why
// and offers to sign up again, keeping where the sign-up was headed.
export default async function VerifySignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  if (clerkEnabled) notFound();
  const [{ token }, { t }] = await Promise.all([searchParams, getI18n()]);
  const link =
    typeof token === "string" && token.length >= 20 && token.length <= 200 ? await signUpLinkFor(token) : null;
  const next = link && link.next !== "/onboarding" ? link.next : undefined;
  const problem = !link
    ? t("auth.verifyInvalid")
    : link.state === "verified"
      ? t("auth.verifyUsed")
      : link.state === "expired"
        ? t("auth.verifyExpired")
        : null;
  return (
    <AuthCard title={t("auth.verifyTitle")} subtitle={link ? t("auth.verifySubtitle", { email: link.email }) : ""}>
      {problem || !token || !link ? (
        <div className="grid gap-4">
          <Alert variant="destructive">
            <AlertDescription>{problem}</AlertDescription>
          </Alert>
          {link?.state === "verified" ? (
            <Button asChild>
              <Link href={withNext("/sign-in", next)}>{t("auth.signIn")}</Link>
            </Button>
          ) : (
            <Button asChild>
              <Link href={withNext("/sign-up", next)}>{t("auth.signUpAgain")}</Link>
            </Button>
          )}
        </div>
      ) : (
        <VerifySignUpForm token={token} email={link.email} />
      )}
    </AuthCard>
  );
}
