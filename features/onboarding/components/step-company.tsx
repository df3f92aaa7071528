"use client";
import { FormField } from "@/components/form-field";
import type { StepProps } from "@/features/onboarding/lib/step-fields";
import { cleanRut, formatRut } from "@/lib/format/rut";
import { useI18n } from "@/lib/i18n/client";

/** 8 digits and a check digit at most: typing past that is ignored rather than formatted into nonsense. */
const typedRut = (value: string) => formatRut(cleanRut(value).slice(0, 9));

export function StepCompany({ draft, update, errors, checkingRut }: StepProps & { checkingRut: boolean }) {
  const { t } = useI18n();
  return (
    <div className="grid gap-4">
      <FormField
        id="rut"
        label={t("onboarding.company.rut")}
        hint={checkingRut ? t("onboarding.company.rutChecking") : t("onboarding.company.rutHint")}
        inputMode="text"
        autoComplete="off"
        placeholder="76.086.428-5"
        value={draft.rut}
        onChange={(e) => update({ rut: typedRut(e.target.value) })}
        error={errors.rut}
        autoFocus
      />
      <FormField
        id="legalName"
        label={t("onboarding.company.legalName")}
        placeholder={t("onboarding.company.legalNamePlaceholder")}
        autoComplete="organization"
        value={draft.legalName}
        onChange={(e) => update({ legalName: e.target.value })}
        error={errors.legalName}
      />
      <FormField
        id="businessActivity"
        label={t("onboarding.company.businessActivity")}
        placeholder={t("onboarding.company.businessActivityPlaceholder")}
        value={draft.businessActivity}
        onChange={(e) => update({ businessActivity: e.target.value })}
        error={errors.businessActivity}
      />
    </div>
  );
}
