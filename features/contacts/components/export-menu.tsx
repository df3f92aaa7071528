"use client";
import { Download } from "lucide-react";
import { lazy } from "react";
import { DeferredPopup } from "@/components/deferred-popup";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

// The dropdown's code (Radix menu, floating-ui) loads when the button is reached, not with the tab.
const preload = () => import("./export-menu-dropdown");
const ExportMenuDropdown = lazy(preload);

export function ExportMenu({ tenantId, query }: { tenantId: string; query: URLSearchParams }) {
  const { t } = useI18n();
  return (
    <DeferredPopup
      kind="menu"
      preload={preload}
      trigger={
        <Button variant="outline">
          <Download aria-hidden />
          {t("contacts.export.button")}
        </Button>
      }
      popup={(trigger) => <ExportMenuDropdown tenantId={tenantId} query={query} trigger={trigger} defaultOpen />}
    />
  );
}
