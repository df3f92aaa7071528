"use client";
import { type FormEvent, useState } from "react";
import { FormField } from "@/components/form-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckResultView } from "@/features/settings/components/integrations/check-result-view";
import { DisconnectButton } from "@/features/settings/components/integrations/disconnect-button";
import { WebhookInfo } from "@/features/settings/components/integrations/webhook-info";
import {
  type CheckResult,
  type Integration,
  useIntegrationMutations,
} from "@/features/settings/hooks/use-integrations";
import { initialValues, serviceForms, toBody } from "@/features/settings/lib/service-fields";
import { errorText, fieldErrorTexts } from "@/lib/browser/error-text";
import { formatDateTime } from "@/lib/format/dates";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";

const statusLabel = {
  connected: "integrations.statusConnected",
  failing: "integrations.statusFailing",
  unchecked: "integrations.statusUnchecked",
  not_connected: "integrations.statusNotConnected",
} as const;

export function IntegrationCard({
  tenantId,
  integration,
  canManage,
}: {
  tenantId: string;
  integration: Integration;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const form = serviceForms[integration.kind];
  const [values, setValues] = useState(() => initialValues(integration));
  // The latest diagnosis shown: a fresh test or save wins over the one stored with the connection.
  const [check, setCheck] = useState<CheckResult | null>(null);
  const { test, save } = useIntegrationMutations(tenantId, integration.kind);
  const error = save.error ?? test.error;
  const fieldErrors = fieldErrorTexts(error, t);
  const shownCheck = check ?? integration.check;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toBody(integration.kind, values), {
      onSuccess: ({ check: result }) => {
        setCheck(result);
        setValues((v) => ({ ...v, token: "", apiKey: "" }));
        if (result.ok) toast.success(t("integrations.saved", { service: form.title }));
        else toast.warning(t("integrations.savedWithProblems", { service: form.title }));
      },
    });
  };
  const runTest = () => test.mutate(toBody(integration.kind, values), { onSuccess: setCheck });

  return (
    <Card data-testid={`integration-${integration.kind}`}>
      <CardHeader>
        <div className="flex items-center justify-between gap-4">
          <CardTitle>
            <h2 className="text-lg">{form.title}</h2>
          </CardTitle>
          <Badge
            variant={
              integration.status === "connected"
                ? "default"
                : integration.status === "failing"
                  ? "destructive"
                  : "outline"
            }
          >
            {t(statusLabel[integration.status])}
          </Badge>
        </div>
        <CardDescription>{t(form.description)}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={submit} className="grid gap-4" noValidate aria-label={form.title}>
          {form.fields.map((field) => (
            <FormField
              key={field.name}
              id={`${integration.kind}-${field.name}`}
              label={t(field.label)}
              type={field.type ?? "text"}
              placeholder={field.placeholder}
              autoComplete="off"
              disabled={!canManage}
              value={values[field.name] ?? ""}
              onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
              hint={
                field.secret && integration.secretMask
                  ? t("integrations.savedSecret", { mask: integration.secretMask })
                  : undefined
              }
              error={fieldErrors[field.name]?.[0]}
            />
          ))}
          {error && !Object.keys(fieldErrors).length ? (
            <p className="text-destructive text-sm" role="alert">
              {errorText(error, t)}
            </p>
          ) : null}
          {shownCheck ? <CheckResultView check={shownCheck} /> : null}
          {integration.lastCheckedAt ? (
            <p className="text-muted-foreground text-xs">
              {t("integrations.lastChecked", { when: formatDateTime(integration.lastCheckedAt, locale) })}
            </p>
          ) : null}
          {canManage ? (
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" onClick={runTest} disabled={test.isPending}>
                {test.isPending ? t("integrations.testing") : t("integrations.test")}
              </Button>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? t("integrations.saving") : t("integrations.save")}
              </Button>
              {integration.connected ? (
                <DisconnectButton tenantId={tenantId} kind={integration.kind} service={form.title} />
              ) : null}
            </div>
          ) : null}
        </form>
        {integration.webhook && canManage ? <WebhookInfo webhook={integration.webhook} /> : null}
      </CardContent>
    </Card>
  );
}
