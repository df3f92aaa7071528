"use client";
import { Building2, Check } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { StepProps } from "@/features/onboarding/lib/step-fields";
import { formatUSD } from "@/lib/format/money";
import { useI18n } from "@/lib/i18n/client";
import { formatStorage, plans, type SelfServePlan, selfServePlans } from "@/lib/plans/catalog";
import { cn } from "@/lib/utils";

/** Plan cards as native radio buttons, so arrow keys move between them like any radio group. */
export function StepPlan({ draft, update, errors, onEnterprise }: StepProps & { onEnterprise: () => void }) {
  const { t } = useI18n();
  const features = (id: SelfServePlan) => {
    const p = plans[id];
    return [
      p.users === 1 ? t("onboarding.plan.oneUser") : t("onboarding.plan.users", { count: p.users ?? 0 }),
      t("onboarding.plan.storage", { size: formatStorage(p.storageMb ?? 0) }),
      id === "free"
        ? t("onboarding.plan.basicBot")
        : p.workflows === null
          ? t("onboarding.plan.unlimitedWorkflows")
          : t("onboarding.plan.workflows", { count: p.workflows }),
    ];
  };
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 font-medium text-sm">{t("onboarding.plan.legend")}</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {selfServePlans.map((id) => {
          const p = plans[id];
          const selected = draft.plan === id;
          return (
            <label
              key={id}
              className={cn(
                "relative grid cursor-pointer gap-2 rounded-lg border p-4 transition-colors focus-within:ring-2 focus-within:ring-ring",
                selected ? "border-primary bg-primary/5" : "hover:bg-muted/50",
              )}
            >
              <input
                type="radio"
                name="plan"
                value={id}
                checked={selected}
                onChange={() => update({ plan: id })}
                className="sr-only"
              />
              <span className="flex items-center justify-between font-semibold">
                {p.name}
                {selected ? <Check className="size-4 text-primary" aria-hidden /> : null}
              </span>
              <span className="text-2xl font-bold">
                {p.priceUsd ? formatUSD(p.priceUsd) : t("onboarding.plan.free")}
                {p.priceUsd ? (
                  <span className="font-normal text-muted-foreground text-sm"> {t("onboarding.plan.perMonth")}</span>
                ) : null}
              </span>
              <ul className="grid gap-1 text-muted-foreground text-sm">
                {features(id).map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </label>
          );
        })}
      </div>
      {errors.plan ? (
        <p className="text-destructive text-sm" role="alert">
          {errors.plan}
        </p>
      ) : null}
      <p className="text-muted-foreground text-sm">{t("onboarding.plan.trial")}</p>
      <div className="flex flex-col gap-3 rounded-lg border border-dashed p-4 sm:flex-row sm:items-center">
        <Building2 className="size-5 shrink-0 text-muted-foreground" aria-hidden />
        <div className="grid flex-1 gap-1">
          <span className="font-semibold">{t("onboarding.plan.enterprise")}</span>
          <span className="text-muted-foreground text-sm">{t("onboarding.plan.enterpriseBody")}</span>
        </div>
        <Button type="button" variant="outline" onClick={onEnterprise}>
          {t("onboarding.plan.enterpriseCta")}
        </Button>
      </div>
    </fieldset>
  );
}
