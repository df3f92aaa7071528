"use client";
import { Trash2 } from "lucide-react";
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
import { type MemberRow, useMemberMutations } from "./use-members";

export function RemoveMemberButton({ tenantId, member }: { tenantId: string; member: MemberRow }) {
  const { t } = useI18n();
  const { remove } = useMemberMutations(tenantId);
  const label = member.status === "invited" ? t("settings.cancelInvitation") : t("settings.removeMember");
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`${label}: ${member.email}`}>
          <Trash2 className="size-4" aria-hidden />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("settings.removeTitle", { email: member.email })}</AlertDialogTitle>
          <AlertDialogDescription>{t("settings.removeBody")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <AlertDialogAction
            className="bg-destructive text-white hover:bg-destructive/90"
            onClick={() =>
              remove.mutate(member.id, {
                onSuccess: () => toast.success(t("settings.removed", { email: member.email })),
                onError: (error) => toast.error(errorText(error, t)),
              })
            }
          >
            {label}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
