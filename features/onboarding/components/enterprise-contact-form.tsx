"use client";
import { useMutation } from "@tanstack/react-query";
import { CheckCircle2 } from "lucide-react";
import { type FormEvent, useState } from "react";
import { FormField } from "@/components/form-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { errorText, fieldErrorTexts } from "@/lib/browser/error-text";
import { fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";

/** Enterprise is sold, not self-served: a contact request for the sales team, prefilled from the wizard. */
export function EnterpriseContactForm({
  initial,
  onBack,
}: {
  initial: { company: string; contactName: string; email: string; phone: string };
  onBack: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState({ ...initial, message: "" });
  const send = useMutation({
    mutationFn: () => fetchJson("/api/onboarding/enterprise", { method: "POST", json: form }),
  });
  const fieldErrors = fieldErrorTexts(send.error, t);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };

  if (send.isSuccess) {
    return (
      <section className="grid justify-items-center gap-4 py-6 text-center" aria-live="polite">
        <CheckCircle2 className="size-10 text-primary" aria-hidden />
        <p>{t("onboarding.enterprise.sent")}</p>
        <Button type="button" variant="outline" onClick={onBack}>
          {t("onboarding.enterprise.backToPlans")}
        </Button>
      </section>
    );
  }
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <div className="grid gap-1">
        <h2 className="font-semibold text-lg">{t("onboarding.enterprise.title")}</h2>
        <p className="text-muted-foreground text-sm">{t("onboarding.enterprise.subtitle")}</p>
      </div>
      {send.error && !Object.keys(fieldErrors).length ? (
        <Alert variant="destructive">
          <AlertDescription>{errorText(send.error, t)}</AlertDescription>
        </Alert>
      ) : null}
      <FormField
        id="ent-company"
        label={t("onboarding.enterprise.company")}
        value={form.company}
        onChange={set("company")}
        error={fieldErrors.company?.[0]}
      />
      <FormField
        id="ent-name"
        label={t("onboarding.enterprise.contactName")}
        value={form.contactName}
        onChange={set("contactName")}
        error={fieldErrors.contactName?.[0]}
      />
      <FormField
        id="ent-email"
        type="email"
        label={t("onboarding.enterprise.email")}
        value={form.email}
        onChange={set("email")}
        error={fieldErrors.email?.[0]}
      />
      <FormField
        id="ent-phone"
        type="tel"
        label={t("onboarding.enterprise.phone")}
        value={form.phone}
        onChange={set("phone")}
        error={fieldErrors.phone?.[0]}
      />
      <div className="grid gap-2">
        <Label htmlFor="ent-message">{t("onboarding.enterprise.message")}</Label>
        <Textarea id="ent-message" rows={4} value={form.message} onChange={set("message")} />
      </div>
      <div className="flex justify-between gap-2">
        <Button type="button" variant="ghost" onClick={onBack}>
          {t("onboarding.enterprise.backToPlans")}
        </Button>
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? t("onboarding.enterprise.sending") : t("onboarding.enterprise.send")}
        </Button>
      </div>
    </form>
  );
}
