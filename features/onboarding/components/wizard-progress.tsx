"use client";
import { Check } from "lucide-react";
import { Progress } from "@/components/ui/progress";
import { type WizardStep, wizardSteps } from "@/features/onboarding/lib/wizard-draft";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";

/** Where the customer is: the five steps named, the current one marked, and a bar. */
export function WizardProgress({ current }: { current: WizardStep }) {
  const { t } = useI18n();
  const index = wizardSteps.indexOf(current);
  return (
    <nav aria-label={t("onboarding.progressLabel")} className="grid gap-3">
      <p className="text-muted-foreground text-sm">
        {t("onboarding.stepOf", { current: index + 1, total: wizardSteps.length })}
      </p>
      <Progress value={((index + 1) / wizardSteps.length) * 100} aria-label={t("onboarding.progressLabel")} />
      <ol className="flex justify-between gap-1 text-xs">
        {wizardSteps.map((step, i) => (
          <li
            key={step}
            aria-current={i === index ? "step" : undefined}
            className={cn(
              "flex items-center gap-1",
              i === index ? "font-semibold text-foreground" : "text-muted-foreground",
            )}
          >
            <span
              className={cn(
                "grid size-5 place-items-center rounded-full border text-[10px]",
                i < index && "border-primary bg-primary text-primary-foreground",
                i === index && "border-primary text-primary",
              )}
              aria-hidden
            >
              {i < index ? <Check className="size-3" /> : i + 1}
            </span>
            <span className="hidden sm:inline">{t(`onboarding.steps.${step}`)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
