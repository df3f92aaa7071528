"use client";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { Integration } from "@/features/settings/hooks/use-integrations";
import { formatRelative } from "@/lib/format/dates";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";

export function WebhookInfo({ webhook }: { webhook: NonNullable<Integration["webhook"]> }) {
  const { t, locale } = useI18n();
  const copy = async () => {
    await navigator.clipboard.writeText(webhook.url);
    toast.success(t("integrations.copied"));
  };
  return (
    <section className="grid gap-2 rounded-md bg-muted/50 p-3 text-sm" aria-labelledby="webhook-title">
      <h3 id="webhook-title" className="font-medium">
        {t("integrations.webhookTitle")}
      </h3>
      <p className="text-muted-foreground">{t("integrations.webhookBody")}</p>
      <div className="flex gap-2">
        <Input readOnly value={webhook.url} aria-label={t("integrations.webhookTitle")} className="font-mono text-xs" />
        <Button type="button" variant="outline" size="icon" onClick={copy} aria-label={t("integrations.copy")}>
          <Copy className="size-4" aria-hidden />
        </Button>
      </div>
      <p className="text-muted-foreground">
        {webhook.registered ? t("integrations.webhookRegistered") : t("integrations.webhookManual")}
      </p>
      <p data-testid="webhook-last-event">
        {webhook.lastEventAt
          ? t("integrations.webhookLastEvent", { when: formatRelative(webhook.lastEventAt, locale) })
          : t("integrations.webhookNoEvent")}
      </p>
    </section>
  );
}
