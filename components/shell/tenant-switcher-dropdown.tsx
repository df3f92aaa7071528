"use client";
import { Check, Plus } from "lucide-react";
import Link from "next/link";
import type { ReactElement } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useI18n } from "@/lib/i18n/client";
import type { ShellTenant } from "./shell-types";

/** The workspace list itself; loaded on demand by TenantSwitcher. */
export default function TenantSwitcherDropdown({
  current,
  tenants,
  trigger,
  defaultOpen,
}: {
  current: ShellTenant;
  tenants: ShellTenant[];
  trigger: ReactElement;
  defaultOpen: boolean;
}) {
  const { t } = useI18n();
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>{t("workspace.yourWorkspaces")}</DropdownMenuLabel>
        {tenants.map((tenant) => (
          <DropdownMenuItem key={tenant.id} asChild>
            <Link href={`/${tenant.slug}/overview`} className="flex items-center justify-between gap-2">
              <span className="truncate">{tenant.legalName}</span>
              {tenant.id === current.id ? <Check className="size-4" aria-label="✓" /> : null}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/workspaces/new">
            <Plus className="size-4" aria-hidden /> {t("workspace.newWorkspace")}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
