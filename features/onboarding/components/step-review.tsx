"use client";
import { Button } from "@/components/ui/button";
import type { WizardDraft, WizardStep } from "@/features/onboarding/lib/wizard-draft";
import { formatUSD } from "@/lib/format/money";
import { useI18n } from "@/lib/i18n/client";
import { plans } from "@/lib/plans/catalog";

/** Everything that will be sent, grouped by the step that asked it, each group with a way back. */
export function StepReview({
  draft,
  accountLabel,
  onEdit,
}: {
  draft: WizardDraft;
  accountLabel: string;
  onEdit: (step: WizardStep) => void;
}) {
  const { t } = useI18n();
  const plan = plans[draft.plan];
  const groups: { step: WizardStep; rows: [string, string][] }[] = [
    {
      step: "company",
      rows: [
        [t("onboarding.company.rut"), draft.rut],
        [t("onboarding.company.legalName"), draft.legalName],
        [t("onboarding.company.businessActivity"), draft.businessActivity],
      ],
    },
    {
      step: "contact",
      rows: [
        [t("onboarding.contact.contactName"), draft.contactName],
        [t("onboarding.contact.email"), draft.email],
        [t("onboarding.contact.phone"), draft.phone],
      ],
    },
    {
      step: "plan",
      rows: [
        [
          t("onboarding.steps.plan"),
          `${plan.name} · ${plan.priceUsd ? `${formatUSD(plan.priceUsd)} ${t("onboarding.plan.perMonth")}` : t("onboarding.plan.free")}`,
        ],
      ],
    },
    { step: "account", rows: [[t("onboarding.steps.account"), accountLabel]] },
  ];
  return (
    <div className="grid gap-4">
      <h2 className="font-medium">{t("onboarding.review.title")}</h2>
      {groups.map((g) => (
        <section key={g.step} className="grid gap-2 rounded-lg border p-4" aria-label={t(`onboarding.steps.${g.step}`)}>
          <div className="flex items-center justify-between">
            <h3 className="font-semibold text-sm">{t(`onboarding.steps.${g.step}`)}</h3>
            <Button type="button" variant="link" size="sm" className="h-auto p-0" onClick={() => onEdit(g.step)}>
              {t("onboarding.review.edit")}
              <span className="sr-only"> {t(`onboarding.steps.${g.step}`)}</span>
            </Button>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {g.rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
