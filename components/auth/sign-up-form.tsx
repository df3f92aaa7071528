"use client";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { signUpAction } from "@/lib/auth/form-actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { fieldErrorTexts } from "@/lib/browser/error-text";
import { formStateError } from "@/lib/browser/form-state-error";
import { useI18n } from "@/lib/i18n/client";
import { withNext } from "./auth-links";

// Like the sign-in form: a Server Action, so it posts and works without JavaScript. It never signs
// in: every address, with an account or not, gets "check your email", and the mailed link goes on.
export function SignUpForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(signUpAction, initialAuthFormState);
  const error = formStateError(state);
  const fieldErrors = fieldErrorTexts(error, t);

  if (state.sent) return <CheckYourEmail email={state.sent.email} next={next} />;

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <input type="hidden" name="next" value={next ?? ""} />
      <FormField
        id="name"
        label={t("auth.name")}
        autoComplete="name"
        required
        defaultValue={state.values.name}
        error={fieldErrors.name?.[0]}
      />
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
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
        error={fieldErrors.password?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("auth.signingUp") : t("auth.signUp")}
      </Button>
      <p className="text-center text-muted-foreground text-sm">
        {t("auth.haveAccount")}{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href={withNext("/sign-in", next)}>
          {t("auth.signInInstead")}
        </Link>
      </p>
    </form>
  );
}

function CheckYourEmail({ email, next }: { email: string; next?: string }) {
  const { t } = useI18n();
  return (
    <section className="grid gap-4 text-center" role="status" aria-labelledby="check-email-title">
      <MailCheck className="mx-auto size-8 text-primary" aria-hidden />
      <h2 id="check-email-title" className="font-semibold text-lg">
        {t("auth.checkEmailTitle")}
      </h2>
      <p>{t("auth.checkEmailBody", { email })}</p>
      <p className="text-muted-foreground text-sm">{t("auth.checkEmailHint")}</p>
      {/* A full load, so the form starts empty again (a client navigation to this page keeps its state). */}
      <a
        className="font-medium text-primary text-sm underline-offset-4 hover:underline"
        href={withNext("/sign-up", next)}
      >
        {t("auth.useAnotherEmail")}
      </a>
    </section>
  );
}
