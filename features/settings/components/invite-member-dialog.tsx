"use client";
import { UserPlus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { RoleSelect } from "@/features/settings/components/role-select";
import { useMemberMutations } from "@/features/settings/hooks/use-members";
import { errorText, fieldErrorTexts } from "@/lib/browser/error-text";
import type { Role } from "@/lib/db/roles";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";

export function InviteMemberDialog({ tenantId }: { tenantId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("staff");
  const { invite } = useMemberMutations(tenantId);
  const fieldErrors = fieldErrorTexts(invite.error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { email, role },
      {
        onSuccess: () => {
          toast.success(t("settings.invited", { email }));
          setEmail("");
          setOpen(false);
          invite.reset();
        },
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus className="size-4" aria-hidden /> {t("settings.invite")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("settings.inviteTitle")}</DialogTitle>
            <DialogDescription>{t("settings.inviteBody")}</DialogDescription>
          </DialogHeader>
          <FormField
            id="invite-email"
            type="email"
            label={t("auth.email")}
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={
              fieldErrors.email?.[0] ?? (invite.error && !fieldErrors.email ? errorText(invite.error, t) : undefined)
            }
          />
          <div className="grid gap-2">
            <Label htmlFor="invite-role">{t("settings.role")}</Label>
            <RoleSelect id="invite-role" value={role} onChange={setRole} />
            <p className="text-muted-foreground text-sm">{t("settings.roleHelp")}</p>
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={invite.isPending}>
              {invite.isPending ? t("settings.inviting") : t("settings.invite")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
