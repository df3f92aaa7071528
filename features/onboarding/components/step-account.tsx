"use client";
import { UserCheck } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { FormField } from "@/components/form-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { FieldErrors } from "@/features/onboarding/lib/step-fields";
import { useI18n } from "@/lib/i18n/client";

export type AccountFields = { password: string; confirm: string };

/**
 * A password for the account created when the link is confirmed, or nothing to ask: a signed-in
 * customer uses their account, and with Clerk its own sign-up form creates one.
 */
export function StepAccount({
  account,
  setAccount,
  errors,
  signedInEmail,
  clerkSignUp,
}: {
  account: AccountFields;
  setAccount: (a: AccountFields) => void;
  errors: FieldErrors;
  signedInEmail: string | null;
  clerkSignUp: ReactNode;
}) {
  const { t } = useI18n();
  if (signedInEmail) {
    return (
      <Alert>
        <UserCheck className="size-4" aria-hidden />
        <AlertDescription>{t("onboarding.account.signedInAs", { email: signedInEmail })}</AlertDescription>
      </Alert>
    );
  }
  if (clerkSignUp) {
    return (
      <div className="grid gap-3">
        <p className="text-muted-foreground text-sm">{t("onboarding.account.clerkHint")}</p>
        {clerkSignUp}
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      <FormField
        id="password"
        type="password"
        label={t("onboarding.account.password")}
        hint={t("onboarding.account.passwordHint")}
        autoComplete="new-password"
        value={account.password}
        onChange={(e) => setAccount({ ...account, password: e.target.value })}
        error={errors.password}
        autoFocus
      />
      <FormField
        id="passwordConfirm"
        type="password"
        label={t("onboarding.account.confirm")}
        autoComplete="new-password"
        value={account.confirm}
        onChange={(e) => setAccount({ ...account, confirm: e.target.value })}
        error={errors.passwordConfirm}
      />
      <p className="text-muted-foreground text-sm">
        {t("onboarding.account.haveAccount")}{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/sign-in?next=/onboarding">
          {t("onboarding.account.signIn")}
        </Link>
      </p>
    </div>
  );
}
