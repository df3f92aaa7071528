"use client";
import { ChevronsUpDown } from "lucide-react";
import { lazy } from "react";
import { DeferredPopup } from "@/components/deferred-popup";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { ShellTenant } from "./shell-types";

const preload = () => import("./tenant-switcher-dropdown");
const TenantSwitcherDropdown = lazy(preload);

export function TenantSwitcher({ current, tenants }: { current: ShellTenant; tenants: ShellTenant[] }) {
  const { t } = useI18n();
  const trigger = (
    <Button variant="ghost" className="h-auto w-full justify-between px-2 py-2" aria-label={t("workspace.switcher")}>
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
  );
  return (
    <DeferredPopup
      kind="menu"
      preload={preload}
      trigger={trigger}
      popup={(button) => <TenantSwitcherDropdown current={current} tenants={tenants} trigger={button} defaultOpen />}
    />
  );
}
