"use client";
import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Switch } from "@/components/ui/switch";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";
import { useSetActive } from "../hooks/use-set-active";

/**
 * On/off for a workflow. Switching off asks first (webhooks stop answering); switching on goes
 * straight to n8n, whose refusals (no trigger, webhook path taken, missing scope, plan limit) the API
 * has already put in plain Spanish. The dialog is opened by state rather than as the switch's
 * trigger: a trigger's own data-state ("closed") would replace the switch's "checked" styling.
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
  const [confirming, setConfirming] = useState(false);
  const label = t(workflow.active ? "automation.deactivate" : "automation.activate", { name: workflow.name });
  const change = (active: boolean) =>
    setActive.mutate(
      { id: workflow.id, active },
      {
        onSuccess: () => toast.success(t(active ? "automation.activated" : "automation.deactivated")),
        onError: (error) => toast.error(errorText(error, t), { duration: 10_000 }),
      },
    );

  if (!canEdit) return <Switch checked={workflow.active} disabled aria-label={workflow.name} />;
  return (
    <>
      <Switch
        checked={workflow.active}
        disabled={setActive.isPending}
        aria-label={label}
        onCheckedChange={(on) => (on ? change(true) : setConfirming(true))}
      />
      <AlertDialog open={confirming} onOpenChange={setConfirming}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("automation.deactivateTitle", { name: workflow.name })}</AlertDialogTitle>
            <AlertDialogDescription>{t("automation.deactivateBody")}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
            <AlertDialogAction
              className="bg-destructive text-white hover:bg-destructive/90"
              onClick={() => change(false)}
            >
              {t("automation.deactivateConfirm")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
