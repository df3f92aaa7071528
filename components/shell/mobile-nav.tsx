"use client";
import { Menu } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { useI18n } from "@/lib/i18n/client";
import { NavLinks } from "./nav-links";
import { TenantSwitcher } from "./tenant-switcher";
import type { ShellTenant } from "./types";

export function MobileNav({ tenant, tenants }: { tenant: ShellTenant; tenants: ShellTenant[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t("nav.openMenu")}>
          <Menu className="size-5" aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 bg-sidebar p-3">
        <SheetTitle className="sr-only">{t("nav.mainNavigation")}</SheetTitle>
        <div className="mt-8 grid gap-4">
          <TenantSwitcher current={tenant} tenants={tenants} />
          <NavLinks slug={tenant.slug} onNavigate={() => setOpen(false)} />
        </div>
      </SheetContent>
    </Sheet>
  );
}
