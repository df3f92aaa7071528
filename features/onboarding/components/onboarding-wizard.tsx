"use client";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { EnterpriseContactForm } from "@/features/onboarding/components/enterprise-contact-form";
import { type AccountFields, StepAccount } from "@/features/onboarding/components/step-account";
import { StepCompany } from "@/features/onboarding/components/step-company";
import { StepContact } from "@/features/onboarding/components/step-contact";
import { StepPlan } from "@/features/onboarding/components/step-plan";
import { StepReview } from "@/features/onboarding/components/step-review";
import { SubmittedNotice } from "@/features/onboarding/components/submitted-notice";
import { WizardProgress } from "@/features/onboarding/components/wizard-progress";
import type { FieldErrors } from "@/features/onboarding/lib/step-fields";
import { preloadStepValidation, stepOfField, validateStep } from "@/features/onboarding/lib/validate-step";
import { useWizardDraft, type WizardStep, wizardSteps } from "@/features/onboarding/lib/wizard-draft";
import { errorText, fieldErrorTexts, fieldText } from "@/lib/browser/error-text";
import { ApiClientError, fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";

/**
 * The signup wizard: Empresa → Contacto → Plan → Cuenta → Revisión. Each step is checked with the
 * API's own schemas before moving on; answers live in sessionStorage (never the password); a server
 * refusal sends the customer back to the step and field it is about.
 */
export function OnboardingWizard({
  signedInEmail,
  clerkSignUp,
}: {
  signedInEmail: string | null;
  clerkSignUp: ReactNode;
}) {
  const { t } = useI18n();
  const { draft, update, reset, restored } = useWizardDraft(signedInEmail ?? "");
  const [account, setAccount] = useState<AccountFields>({ password: "", confirm: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [enterprise, setEnterprise] = useState(false);
  const [checkingRut, setCheckingRut] = useState(false);
  const needsPassword = !signedInEmail && !clerkSignUp;
  useEffect(() => {
    void preloadStepValidation();
  }, []);

  const go = (step: WizardStep, stepErrors: FieldErrors = {}) => {
    setErrors(stepErrors);
    update({ step });
  };

  const submit = useMutation({
    mutationFn: () =>
      fetchJson("/api/onboarding", {
        method: "POST",
        json: {
          rut: draft.rut,
          legalName: draft.legalName,
          businessActivity: draft.businessActivity,
          contactName: draft.contactName,
          email: draft.email,
          phone: draft.phone,
          plan: draft.plan,
          ...(needsPassword ? { password: account.password } : {}),
        },
      }),
    onSuccess: () => {
      setAccount({ password: "", confirm: "" });
      reset();
      update({ submitted: { email: draft.email, phone: draft.phone } });
    },
    onError: (error) => {
      if (!(error instanceof ApiClientError)) return;
      const entries = Object.entries(fieldErrorTexts(error, t));
      if (entries.length === 0) return;
      go(stepOfField[entries[0][0]] ?? "review", Object.fromEntries(entries.map(([k, v]) => [k, v[0]])));
    },
  });

  /** A RUT can be valid and still taken: ask the API before leaving the first step. */
  async function rutIsFree(): Promise<boolean> {
    setCheckingRut(true);
    try {
      const { available } = await fetchJson<{ available: boolean }>(
        `/api/onboarding/rut?rut=${encodeURIComponent(draft.rut)}`,
      );
      if (!available) setErrors({ rut: t("onboarding.company.rutTaken") });
      return available;
    } catch (error) {
      // Offline or throttled: let them go on; the submit checks again and brings them back here.
      const rut = fieldErrorTexts(error, t).rut?.[0];
      if (rut) {
        setErrors({ rut });
        return false;
      }
      return true;
    } finally {
      setCheckingRut(false);
    }
  }

  async function next(event: FormEvent) {
    event.preventDefault();
    const stepErrors = await validateStep(draft.step, draft, account, {
      needsPassword,
      mismatch: t("onboarding.account.mismatch"),
    });
    // The schemas name field reasons; the mismatch text is already in the user's language.
    if (stepErrors) {
      return setErrors(Object.fromEntries(Object.entries(stepErrors).map(([k, v]) => [k, v && fieldText(v, t)])));
    }
    if (draft.step === "account" && !needsPassword && !signedInEmail) return; // Clerk's form first.
    if (draft.step === "company" && !(await rutIsFree())) return;
    if (draft.step === "review") return submit.mutate();
    go(wizardSteps[wizardSteps.indexOf(draft.step) + 1]);
  }

  if (!restored) {
    return (
      <div className="grid gap-4" aria-busy="true">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (draft.submitted) {
    return <SubmittedNotice {...draft.submitted} onStartOver={() => update({ submitted: null })} />;
  }
  if (enterprise) {
    return (
      <EnterpriseContactForm
        initial={{
          company: draft.legalName,
          contactName: draft.contactName,
          email: draft.email,
          phone: draft.phone,
        }}
        onBack={() => setEnterprise(false)}
      />
    );
  }

  const index = wizardSteps.indexOf(draft.step);
  const stepProps = { draft, update, errors };
  // Field errors are shown at their fields; anything else (network, throttling) above the step.
  const submitFieldErrors = submit.error instanceof ApiClientError ? Object.keys(submit.error.fieldErrors).length : 0;
  const showSubmitError = Boolean(submit.error) && submitFieldErrors === 0;
  return (
    <form onSubmit={next} className="grid gap-6" noValidate>
      <WizardProgress current={draft.step} />
      <h2 className="font-semibold text-lg">{t(`onboarding.steps.${draft.step}`)}</h2>
      {showSubmitError ? (
        <Alert variant="destructive">
          <AlertDescription>{errorText(submit.error, t)}</AlertDescription>
        </Alert>
      ) : null}
      {draft.step === "company" ? <StepCompany {...stepProps} checkingRut={checkingRut} /> : null}
      {draft.step === "contact" ? <StepContact {...stepProps} emailLocked={Boolean(signedInEmail)} /> : null}
      {draft.step === "plan" ? <StepPlan {...stepProps} onEnterprise={() => setEnterprise(true)} /> : null}
      {draft.step === "account" ? (
        <StepAccount
          account={account}
          setAccount={setAccount}
          errors={errors}
          signedInEmail={signedInEmail}
          clerkSignUp={clerkSignUp}
        />
      ) : null}
      {draft.step === "review" ? (
        <StepReview
          draft={draft}
          accountLabel={needsPassword ? t("onboarding.review.passwordSet") : (signedInEmail ?? "")}
          onEdit={(step) => go(step)}
        />
      ) : null}
      <div className="flex items-center justify-between gap-2">
        {index > 0 ? (
          <Button type="button" variant="ghost" onClick={() => go(wizardSteps[index - 1])}>
            {t("onboarding.back")}
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" disabled={checkingRut || submit.isPending}>
          {draft.step === "review"
            ? submit.isPending
              ? t("onboarding.submitting")
              : t("onboarding.submit")
            : t("onboarding.next")}
        </Button>
      </div>
    </form>
  );
}
