"use client";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useI18n } from "@/lib/i18n/client";
import type { ShellTenant } from "./types";

export function TenantSwitcher({ current, tenants }: { current: ShellTenant; tenants: ShellTenant[] }) {
  const { t } = useI18n();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          className="h-auto w-full justify-between px-2 py-2"
          aria-label={t("workspace.switcher")}
        >
          <span className="flex min-w-0 items-center gap-2">
            <span className="grid size-8 shrink-0 place-items-center rounded-md bg-primary font-semibold text-primary-foreground text-sm">
              {current.legalName.slice(0, 1).toUpperCase()}
            </span>
            <span className="min-w-0 text-left">
              <span className="block truncate font-semibold text-sm">{current.legalName}</span>
              <span className="block truncate text-muted-foreground text-xs">{t(`roles.${current.role}`)}</span>
            </span>
          </span>
          <ChevronsUpDown className="size-4 shrink-0 opacity-60" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
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
