"use client";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { errorText } from "@/lib/api/error-text";
import { useI18n } from "@/lib/i18n/client";
import { type ServiceKind, useIntegrationMutations } from "./use-integrations";

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
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost" className="text-destructive">
          {t("integrations.disconnect")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("integrations.disconnectTitle", { service })}</AlertDialogTitle>
          <AlertDialogDescription>{t("integrations.disconnectBody", { service })}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <AlertDialogAction
            className="bg-destructive text-white hover:bg-destructive/90"
            onClick={() =>
              disconnect.mutate(undefined, {
                onSuccess: () => toast.success(t("integrations.disconnected", { service })),
                onError: (error) => toast.error(errorText(error, t)),
              })
            }
          >
            {t("integrations.disconnect")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
