"use client";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useI18n } from "@/lib/i18n/client";
import { useUpdateContact } from "../hooks/use-contact-mutations";
import { formValuesOf } from "../lib/form-values";
import type { ContactDetail } from "../lib/types";
import { ContactForm } from "./contact-form";
import { announceSave } from "./write-through-toast";

export function EditContactDialog({ tenantId, contact }: { tenantId: string; contact: ContactDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const update = useUpdateContact(tenantId, contact.id);
  // A change can be written only to the services that hold this contact.
  const targets = (["chatwoot", "odoo"] as const).filter((s) =>
    contact.sourceRecords.some((r) => r.source === s && !r.detached),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) update.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <Pencil aria-hidden />
          {t("contacts.form.editButton")}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("contacts.form.editTitle")}</DialogTitle>
          <DialogDescription>{t("contacts.form.editBody")}</DialogDescription>
        </DialogHeader>
        {open ? (
          <ContactForm
            mode="edit"
            initial={formValuesOf(contact)}
            writeTargets={targets}
            pending={update.isPending}
            error={update.error}
            onCancel={() => setOpen(false)}
            onSubmit={(input) =>
              update.mutate(input, {
                onSuccess: (r) => {
                  announceSave(r, t("contacts.form.saved"), t);
                  setOpen(false);
                },
              })
            }
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
