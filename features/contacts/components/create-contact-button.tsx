"use client";
import { UserPlus } from "lucide-react";
import { lazy } from "react";
import { DeferredPopup } from "@/components/deferred-popup";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

// The form (dialog, RUT and phone checks, both services' fields) loads when reached for, not with the tab.
const load = () => import("./create-contact-dialog");
const CreateContactDialog = lazy(() => load().then((m) => ({ default: m.CreateContactDialog })));

export function CreateContactButton({ tenantId, slug }: { tenantId: string; slug: string }) {
  const { t } = useI18n();
  return (
    <DeferredPopup
      kind="dialog"
      preload={load}
      trigger={
        <Button>
          <UserPlus aria-hidden />
          {t("contacts.form.createButton")}
        </Button>
      }
      popup={(trigger) => <CreateContactDialog tenantId={tenantId} slug={slug} trigger={trigger} defaultOpen />}
    />
  );
}
