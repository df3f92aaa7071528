import type { AccountFields } from "@/features/onboarding/components/step-account";
import type { FieldErrors } from "@/features/onboarding/lib/step-fields";
import type { WizardDraft, WizardStep } from "@/features/onboarding/lib/wizard-draft";
import {
  accountStepSchema,
  companyStepSchema,
  contactStepSchema,
  planStepSchema,
} from "@/lib/onboarding/registration-input";
import { z } from "@/lib/validation";

const firstErrors = (error: z.ZodError): FieldErrors =>
  Object.fromEntries(
    Object.entries(z.flattenError(error).fieldErrors as Record<string, string[]>).map(([k, v]) => [k, v[0]]),
  );

/** The same schemas the API uses, one step at a time; null when the step is complete. */
export function checkStep(
  step: WizardStep,
  draft: WizardDraft,
  account: AccountFields,
  opts: { needsPassword: boolean; mismatch: string },
): FieldErrors | null {
  const parsed =
    step === "company"
      ? companyStepSchema.safeParse(draft)
      : step === "contact"
        ? contactStepSchema.safeParse(draft)
        : step === "plan"
          ? planStepSchema.safeParse(draft)
          : step === "account" && opts.needsPassword
            ? accountStepSchema.required().safeParse({ password: account.password })
            : null;
  if (parsed && !parsed.success) return firstErrors(parsed.error);
  if (step === "account" && opts.needsPassword && account.password !== account.confirm) {
    return { passwordConfirm: opts.mismatch };
  }
  return null;
}
