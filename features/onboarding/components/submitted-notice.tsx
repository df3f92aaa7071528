"use client";
import { MailCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function SubmittedNotice({
  email,
  phone,
  onStartOver,
}: {
  email: string;
  phone: string;
  onStartOver: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="grid justify-items-center gap-4 py-6 text-center" aria-live="polite">
      <div className="grid size-12 place-items-center rounded-full bg-primary/10">
        <MailCheck className="size-6 text-primary" aria-hidden />
      </div>
      <h2 className="font-semibold text-xl">{t("onboarding.submitted.title")}</h2>
      <p className="max-w-md text-muted-foreground">{t("onboarding.submitted.body", { email, phone })}</p>
      <p className="max-w-md text-muted-foreground text-sm">{t("onboarding.submitted.expiry")}</p>
      <Button type="button" variant="outline" onClick={onStartOver}>
        {t("onboarding.submitted.again")}
      </Button>
    </section>
  );
}
