"use client";
import { ConfirmAction } from "@/components/confirm-action";
import { Button } from "@/components/ui/button";
import { type ServiceKind, useIntegrationMutations } from "@/features/settings/hooks/use-integrations";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";

export function DisconnectButton({
  tenantId,
  kind,
  service,
}: {
  tenantId: string;
  kind: ServiceKind;
  service: string;
}) {
  const { t } = useI18n();
  const { disconnect } = useIntegrationMutations(tenantId, kind);
  return (
    <ConfirmAction
      trigger={
        <Button type="button" variant="ghost" className="text-destructive">
          {t("integrations.disconnect")}
        </Button>
      }
      title={t("integrations.disconnectTitle", { service })}
      body={t("integrations.disconnectBody", { service })}
      confirmLabel={t("integrations.disconnect")}
      onConfirm={() =>
        disconnect.mutate(undefined, {
          onSuccess: () => toast.success(t("integrations.disconnected", { service })),
          onError: (error) => toast.error(errorText(error, t)),
        })
      }
    />
  );
}
