"use client";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ContactDetail } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import { useUpdateContact } from "../hooks/use-contact-mutations";
import { formValuesOf } from "../lib/form-values";
import { ContactForm } from "./contact-form";
import { ContactFormDialog } from "./contact-form-dialog";
import { announceSave } from "./write-through-toast";

export function EditContactDialog({ tenantId, contact }: { tenantId: string; contact: ContactDetail }) {
  const { t } = useI18n();
  const update = useUpdateContact(tenantId, contact.id);
  // A change can be written only to the services that hold this contact.
  const targets = (["chatwoot", "odoo"] as const).filter((s) =>
    contact.sourceRecords.some((r) => r.source === s && !r.detached),
  );
  return (
    <ContactFormDialog
      trigger={
        <Button variant="outline">
          <Pencil aria-hidden />
          {t("contacts.form.editButton")}
        </Button>
      }
      title={t("contacts.form.editTitle")}
      description={t("contacts.form.editBody")}
      onClose={() => update.reset()}
    >
      {(close) => (
        <ContactForm
          mode="edit"
          initial={formValuesOf(contact)}
          writeTargets={targets}
          pending={update.isPending}
          error={update.error}
          onCancel={close}
          onSubmit={(input) =>
            update.mutate(input, {
              onSuccess: (r) => {
                announceSave(r, t("contacts.form.saved"), t);
                close();
              },
            })
          }
        />
      )}
    </ContactFormDialog>
  );
}
