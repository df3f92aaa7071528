"use client";
import { FormField } from "@/components/form-field";
import type { StepProps } from "@/features/onboarding/lib/step-fields";
import { formatPhone, normalizeChileanPhone } from "@/lib/format/phone";
import { useI18n } from "@/lib/i18n/client";

export function StepContact({ draft, update, errors, emailLocked }: StepProps & { emailLocked: boolean }) {
  const { t } = useI18n();
  // Shown as +56 9 1234 5678 once it is a Chilean number; sent to the API as typed (it stores E.164).
  const tidyPhone = () => {
    const e164 = normalizeChileanPhone(draft.phone);
    if (e164) update({ phone: formatPhone(e164) });
  };
  return (
    <div className="grid gap-4">
      <FormField
        id="contactName"
        label={t("onboarding.contact.contactName")}
        autoComplete="name"
        value={draft.contactName}
        onChange={(e) => update({ contactName: e.target.value })}
        error={errors.contactName}
        autoFocus
      />
      <FormField
        id="email"
        type="email"
        label={t("onboarding.contact.email")}
        hint={t("onboarding.contact.emailHint")}
        autoComplete="email"
        value={draft.email}
        readOnly={emailLocked}
        onChange={(e) => update({ email: e.target.value })}
        error={errors.email}
      />
      <FormField
        id="phone"
        type="tel"
        label={t("onboarding.contact.phone")}
        hint={t("onboarding.contact.phoneHint")}
        autoComplete="tel"
        placeholder="+56 9 1234 5678"
        value={draft.phone}
        onChange={(e) => update({ phone: e.target.value })}
        onBlur={tidyPhone}
        error={errors.phone}
      />
    </div>
  );
}
