"use client";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export default function TenantError({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="mx-auto max-w-md py-16 text-center">
      <h2 className="font-semibold text-lg">{t("errors.errorTitle")}</h2>
      <p className="mt-2 text-muted-foreground text-sm">{t("errors.errorBody")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("common.retry")}
      </Button>
    </div>
  );
}
