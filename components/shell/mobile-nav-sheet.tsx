"use client";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";
import { useI18n } from "@/lib/i18n/client";
import { NavLinks } from "./nav-links";
import type { ShellTenant } from "./shell-types";
import { TenantSwitcher } from "./tenant-switcher";

type Props = { tenant: ShellTenant; tenants: ShellTenant[]; open: boolean; onOpenChange: (open: boolean) => void };

export default function MobileNavSheet({ tenant, tenants, open, onOpenChange }: Props) {
  const { t } = useI18n();
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="left" className="w-72 bg-sidebar p-3">
        <SheetTitle className="sr-only">{t("nav.mainNavigation")}</SheetTitle>
        <div className="mt-8 grid gap-4">
          <TenantSwitcher current={tenant} tenants={tenants} />
          <NavLinks slug={tenant.slug} onNavigate={() => onOpenChange(false)} />
        </div>
      </SheetContent>
    </Sheet>
  );
}
