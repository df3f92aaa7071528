"use client";
import { useActionState } from "react";
import { FormError } from "@/components/form-error";
import { Button } from "@/components/ui/button";
import { verifySignUpAction } from "@/lib/auth/form-actions";
import { formStateError, initialAuthFormState } from "@/lib/auth/form-state";
import { useI18n } from "@/lib/i18n/client";

// The emailed link opens a page with this button, and only the button's POST uses the token: mail
// scanners open (and prefetch) links, and a GET must not create the account. A Server Action, so it
// works before hydration and without JavaScript; it goes on to the sign-up's `next` once signed in.
export function VerifySignUpForm({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(verifySignUpAction, initialAuthFormState);
  return (
    <form action={action} className="grid gap-4">
      <FormError error={formStateError(state)} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? t("auth.verifying") : t("auth.verify")}
      </Button>
    </form>
  );
}
