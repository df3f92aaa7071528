"use client";
import { LayoutTemplate } from "lucide-react";
import { lazy } from "react";
import { DeferredPopup } from "@/components/deferred-popup";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

// The templates dialog loads when reached for, not with the tab.
const load = () => import("./templates-dialog");
const TemplatesDialog = lazy(() => load().then((m) => ({ default: m.TemplatesDialog })));

export function TemplatesButton({ tenantId, slug }: { tenantId: string; slug: string }) {
  const { t } = useI18n();
  return (
    <DeferredPopup
      kind="dialog"
      preload={load}
      trigger={
        <Button variant="outline">
          <LayoutTemplate aria-hidden />
          {t("automation.templatesButton")}
        </Button>
      }
      popup={(trigger) => <TemplatesDialog tenantId={tenantId} slug={slug} trigger={trigger} defaultOpen />}
    />
  );
}
