"use client";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
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
import { useCreateContact } from "../hooks/use-contact-mutations";
import { emptyFormValues } from "../lib/form-values";
import { ContactForm } from "./contact-form";
import { announceSave } from "./write-through-toast";

export function CreateContactDialog({ tenantId, slug }: { tenantId: string; slug: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const create = useCreateContact(tenantId);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) create.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          {t("contacts.form.createButton")}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("contacts.form.createTitle")}</DialogTitle>
          <DialogDescription>{t("contacts.form.createBody")}</DialogDescription>
        </DialogHeader>
        {open ? (
          <ContactForm
            mode="create"
            initial={emptyFormValues}
            writeTargets={["chatwoot", "odoo"]}
            pending={create.isPending}
            error={create.error}
            onCancel={() => setOpen(false)}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (r) => {
                  announceSave(r, t("contacts.form.created"), t);
                  setOpen(false);
                  router.push(`/${slug}/contacts/${r.contact.id}`);
                },
              })
            }
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
