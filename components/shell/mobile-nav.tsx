"use client";
import { Menu } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { ShellTenant } from "./shell-types";

// The drawer is only for phone-width screens: its code loads on first open, not with every page.
const MobileNavSheet = dynamic(() => import("./mobile-nav-sheet"), { ssr: false });

export function MobileNav({ tenant, tenants }: { tenant: ShellTenant; tenants: ShellTenant[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        className="md:hidden"
        aria-label={t("nav.openMenu")}
        aria-expanded={open}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        <Menu className="size-5" aria-hidden />
      </Button>
      {wanted ? <MobileNavSheet tenant={tenant} tenants={tenants} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
