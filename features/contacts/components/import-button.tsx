"use client";
import { Upload } from "lucide-react";
import { lazy } from "react";
import { DeferredPopup } from "@/components/deferred-popup";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

// The importer (dialog, CSV reading, preview table) loads when reached for, not with the tab.
const load = () => import("./import-dialog");
const ImportDialog = lazy(() => load().then((m) => ({ default: m.ImportDialog })));

export function ImportButton({ tenantId }: { tenantId: string }) {
  const { t } = useI18n();
  return (
    <DeferredPopup
      kind="dialog"
      preload={load}
      trigger={
        <Button variant="outline">
          <Upload aria-hidden />
          {t("contacts.import.button")}
        </Button>
      }
      popup={(trigger) => <ImportDialog tenantId={tenantId} trigger={trigger} defaultOpen />}
    />
  );
}
