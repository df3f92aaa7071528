"use client";
import { useRouter } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InviteMemberDialog } from "@/features/settings/components/invite-member-dialog";
import { RemoveMemberButton } from "@/features/settings/components/remove-member-button";
import { RoleSelect } from "@/features/settings/components/role-select";
import { useMemberMutations, useMembers } from "@/features/settings/hooks/use-members";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";

export function MembersPanel({ tenantId, canManage }: { tenantId: string; canManage: boolean }) {
  const { t } = useI18n();
  const members = useMembers(tenantId);
  const { changeRole } = useMemberMutations(tenantId);
  const router = useRouter();

  return (
    <section className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-muted-foreground text-sm">{t("settings.membersSubtitle")}</p>
        {canManage ? <InviteMemberDialog tenantId={tenantId} /> : null}
      </div>
      {!canManage ? (
        <Alert>
          <AlertDescription>{t("settings.viewerNotice")}</AlertDescription>
        </Alert>
      ) : null}

      {members.isPending ? (
        <div className="grid gap-2" role="status" aria-busy="true" aria-label={t("common.loading")}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : members.isError ? (
        <Alert variant="destructive">
          <AlertDescription className="flex items-center justify-between gap-4">
            {errorText(members.error, t)}
            <Button size="sm" variant="outline" onClick={() => members.refetch()}>
              {t("common.retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("auth.email")}</TableHead>
                <TableHead>{t("settings.role")}</TableHead>
                <TableHead>{t("settings.status")}</TableHead>
                <TableHead className="w-0" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.data.map((m) => (
                <TableRow key={m.id} data-testid="member-row">
                  <TableCell>
                    <span className="block font-medium">
                      {m.name || m.email}{" "}
                      {m.isYou ? <span className="text-muted-foreground">({t("settings.you")})</span> : null}
                    </span>
                    {m.name ? <span className="block text-muted-foreground text-xs">{m.email}</span> : null}
                  </TableCell>
                  <TableCell>
                    {canManage ? (
                      <RoleSelect
                        value={m.role}
                        label={`${t("settings.changeRole")}: ${m.email}`}
                        disabled={changeRole.isPending}
                        onChange={(role) =>
                          changeRole.mutate(
                            { id: m.id, role },
                            {
                              onSuccess: () => {
                                toast.success(t("settings.roleChanged"));
                                // Your own role changed what this page may show: render it again from the server.
                                if (m.isYou) router.refresh();
                              },
                              onError: (error) => toast.error(errorText(error, t)),
                            },
                          )
                        }
                      />
                    ) : (
                      t(`roles.${m.role}`)
                    )}
                  </TableCell>
                  <TableCell>
                    <Badge variant={m.status === "active" ? "secondary" : "outline"}>
                      {m.status === "active" ? t("settings.statusActive") : t("settings.statusInvited")}
                    </Badge>
                  </TableCell>
                  <TableCell>{canManage ? <RemoveMemberButton tenantId={tenantId} member={m} /> : null}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {members.data.length === 1 ? (
            <p className="border-t p-4 text-muted-foreground text-sm">{t("settings.noMembers")}</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
