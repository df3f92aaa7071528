"use client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { IntegrationCard } from "@/features/settings/components/integrations/integration-card";
import { useIntegrations } from "@/features/settings/hooks/use-integrations";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";

export function IntegrationsPanel({ tenantId, canManage }: { tenantId: string; canManage: boolean }) {
  const { t } = useI18n();
  const integrations = useIntegrations(tenantId);
  return (
    <section className="grid gap-4">
      <p className="text-muted-foreground text-sm">{t("integrations.subtitle")}</p>
      {!canManage ? (
        <Alert>
          <AlertDescription>{t("integrations.readOnly")}</AlertDescription>
        </Alert>
      ) : null}
      {integrations.isPending ? (
        <div className="grid gap-4 lg:grid-cols-3" role="status" aria-busy="true" aria-label={t("common.loading")}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-96" />
          ))}
        </div>
      ) : integrations.isError ? (
        <Alert variant="destructive">
          <AlertDescription className="flex items-center justify-between gap-4">
            {errorText(integrations.error, t)}
            <Button size="sm" variant="outline" onClick={() => integrations.refetch()}>
              {t("common.retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-3">
          {integrations.data.map((integration) => (
            <IntegrationCard
              // Remount when the saved connection changes so the form starts from it again.
              key={`${integration.kind}:${integration.baseUrl ?? ""}`}
              tenantId={tenantId}
              integration={integration}
              canManage={canManage}
            />
          ))}
        </div>
      )}
    </section>
  );
}
