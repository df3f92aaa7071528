"use client";
import { useActionState } from "react";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { verifySignUpAction } from "@/lib/auth/form-actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { fieldErrorTexts } from "@/lib/browser/error-text";
import { formStateError } from "@/lib/browser/form-state-error";
import { useI18n } from "@/lib/i18n/client";

// The emailed link opens a page with this form, and only its POST uses the token: mail scanners open
// (and prefetch) links, and a GET must not create the account. It asks for the password chosen at
// sign-up, so a stranger who signed up with this address cannot have its owner activate the stranger's
// account. A Server Action, so it works before hydration and without JavaScript; it goes on to the
// sign-up's `next` once signed in.
export function VerifySignUpForm({ token, email }: { token: string; email: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(verifySignUpAction, initialAuthFormState);
  const error = formStateError(state);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <FormField
        id="password"
        type="password"
        label={t("auth.verifyPassword")}
        hint={t("auth.verifyPasswordHint")}
        autoComplete="current-password"
        required
        error={fieldErrorTexts(error, t).password?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("auth.verifying") : t("auth.verify")}
      </Button>
    </form>
  );
}
