"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { signInAction } from "@/lib/auth/form-actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { fieldErrorTexts } from "@/lib/browser/error-text";
import { formStateError } from "@/lib/browser/form-state-error";
import { useI18n } from "@/lib/i18n/client";
import { withNext } from "./auth-links";

// A Server Action as the form's action: it posts (and works) before hydration and without
// JavaScript, and redirects to `next` once the session cookie is set.
export function SignInForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(signInAction, initialAuthFormState);
  const error = formStateError(state);
  const fieldErrors = fieldErrorTexts(error, t);

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <input type="hidden" name="next" value={next ?? ""} />
      <FormField
        id="email"
        type="email"
        label={t("auth.email")}
        autoComplete="email"
        required
        defaultValue={state.values.email}
        error={fieldErrors.email?.[0]}
      />
      <FormField
        id="password"
        type="password"
        label={t("auth.password")}
        autoComplete="current-password"
        required
        error={fieldErrors.password?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
      <p className="text-center text-muted-foreground text-sm">
        {t("auth.noAccount")}{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href={withNext("/sign-up", next)}>
          {t("auth.createOne")}
        </Link>
      </p>
    </form>
  );
}
