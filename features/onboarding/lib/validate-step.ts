import type { AccountFields } from "@/features/onboarding/components/step-account";
import type { FieldErrors } from "@/features/onboarding/lib/step-fields";
import type { WizardDraft, WizardStep } from "@/features/onboarding/lib/wizard-draft";

/** Which step asks each field: a server error on a field sends the customer back to that step. */
export const stepOfField: Record<string, WizardStep> = {
  rut: "company",
  legalName: "company",
  businessActivity: "company",
  slug: "company",
  contactName: "contact",
  email: "contact",
  phone: "contact",
  plan: "plan",
  password: "account",
  passwordConfirm: "account",
};

// The step checks run the API's own zod schemas (same rules, same Spanish messages), but zod is most
// of the wizard's weight: it loads after the first paint, long before anyone presses "Continuar".
let loading: Promise<typeof import("@/features/onboarding/lib/step-validation")> | undefined;
export const preloadStepValidation = () => {
  loading ??= import("@/features/onboarding/lib/step-validation");
  return loading;
};

/** The same schemas the API uses, one step at a time; null when the step is complete. */
export async function validateStep(
  step: WizardStep,
  draft: WizardDraft,
  account: AccountFields,
  opts: { needsPassword: boolean; mismatch: string },
): Promise<FieldErrors | null> {
  try {
    const { checkStep } = await preloadStepValidation();
    return checkStep(step, draft, account, opts);
  } catch {
    // The checks could not load (offline): go on, the submit runs the same schemas on the server and
    // brings the customer back to the field. The load is tried again on the next press.
    loading = undefined;
    return null;
  }
}
