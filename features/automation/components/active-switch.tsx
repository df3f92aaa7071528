"use client";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/confirm-action";
import { Switch } from "@/components/ui/switch";
import { errorText } from "@/lib/api/error-text";
import { useI18n } from "@/lib/i18n/client";
import { useSetActive } from "../hooks/use-set-active";

/**
 * On/off for a workflow. Switching off asks first (webhooks stop answering); switching on goes
 * straight to n8n, whose refusals (no trigger, webhook path taken, missing scope, plan limit) the API
 * has already put in plain Spanish.
 */
export function ActiveSwitch({
  tenantId,
  workflow,
  canEdit,
}: {
  tenantId: string;
  workflow: { id: string; name: string; active: boolean };
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const setActive = useSetActive(tenantId);
  const label = t(workflow.active ? "automation.deactivate" : "automation.activate", { name: workflow.name });
  const change = (active: boolean) =>
    setActive.mutate(
      { id: workflow.id, active },
      {
        onSuccess: () => toast.success(t(active ? "automation.activated" : "automation.deactivated")),
        onError: (error) => toast.error(errorText(error, t), { duration: 10_000 }),
      },
    );

  if (!canEdit) {
    return <Switch checked={workflow.active} disabled aria-label={workflow.name} />;
  }
  if (!workflow.active) {
    return (
      <Switch
        checked={false}
        disabled={setActive.isPending}
        aria-label={label}
        onCheckedChange={(on) => on && change(true)}
      />
    );
  }
  return (
    <ConfirmAction
      trigger={<Switch checked disabled={setActive.isPending} aria-label={label} />}
      title={t("automation.deactivateTitle", { name: workflow.name })}
      body={t("automation.deactivateBody")}
      confirmLabel={t("automation.deactivateConfirm")}
      onConfirm={() => change(false)}
    />
  );
}
