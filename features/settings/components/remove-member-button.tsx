"use client";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/confirm-action";
import { Button } from "@/components/ui/button";
import { type MemberRow, useMemberMutations } from "@/features/settings/hooks/use-members";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";

export function RemoveMemberButton({ tenantId, member }: { tenantId: string; member: MemberRow }) {
  const { t } = useI18n();
  const { remove } = useMemberMutations(tenantId);
  const label = member.status === "invited" ? t("settings.cancelInvitation") : t("settings.removeMember");
  return (
    <ConfirmAction
      trigger={
        <Button variant="ghost" size="icon" aria-label={`${label}: ${member.email}`}>
          <Trash2 className="size-4" aria-hidden />
        </Button>
      }
      title={t("settings.removeTitle", { email: member.email })}
      body={t("settings.removeBody")}
      confirmLabel={label}
      onConfirm={() =>
        remove.mutate(member.id, {
          onSuccess: () => toast.success(t("settings.removed", { email: member.email })),
          onError: (error) => toast.error(errorText(error, t)),
        })
      }
    />
  );
}
