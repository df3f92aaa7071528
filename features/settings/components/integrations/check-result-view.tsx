"use client";
import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";
import type { CheckResult } from "@/features/settings/hooks/use-integrations";
import { useI18n } from "@/lib/i18n/client";

/** The diagnosis of a connection in plain words: what works, what does not and what to do. */
export function CheckResultView({ check }: { check: CheckResult }) {
  const { t } = useI18n();
  return (
    <div role="status" className="grid gap-2 rounded-md border p-3 text-sm">
      {check.ok ? (
        <p className="flex items-center gap-2 font-medium text-emerald-700 dark:text-emerald-400">
          <CheckCircle2 className="size-4" aria-hidden /> {t("integrations.checkOk")}
        </p>
      ) : (
        <p className="font-medium text-destructive">{t("integrations.checkFailed")}</p>
      )}
      {check.problems.map((p) => (
        <p key={p.code} className="flex items-start gap-2 text-destructive" data-problem={p.code}>
          <XCircle className="mt-0.5 size-4 shrink-0" aria-hidden /> {p.message}
        </p>
      ))}
      {check.warnings.map((w) => (
        <p key={w.code} className="flex items-start gap-2 text-amber-700 dark:text-amber-400" data-warning={w.code}>
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden /> {w.message}
        </p>
      ))}
    </div>
  );
}
