import type { WizardDraft } from "@/features/onboarding/lib/wizard-draft";

/** One message per field, shown under it. */
export type FieldErrors = Partial<Record<string, string>>;

export type StepProps = {
  draft: WizardDraft;
  update: (patch: Partial<WizardDraft>) => void;
  errors: FieldErrors;
};
