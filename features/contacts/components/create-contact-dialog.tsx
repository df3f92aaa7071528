"use client";
import { useRouter } from "next/navigation";
import type { ReactElement } from "react";
import { useI18n } from "@/lib/i18n/client";
import { useCreateContact } from "../hooks/use-contact-mutations";
import { emptyFormValues } from "../lib/form-values";
import { ContactForm } from "./contact-form";
import { ContactFormDialog } from "./contact-form-dialog";
import { announceSave } from "./write-through-toast";

export function CreateContactDialog({
  tenantId,
  slug,
  trigger,
  defaultOpen,
}: {
  tenantId: string;
  slug: string;
  trigger: ReactElement;
  defaultOpen?: boolean;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const create = useCreateContact(tenantId);
  return (
    <ContactFormDialog
      trigger={trigger}
      defaultOpen={defaultOpen}
      title={t("contacts.form.createTitle")}
      description={t("contacts.form.createBody")}
      onClose={() => create.reset()}
    >
      {(close) => (
        <ContactForm
          mode="create"
          initial={emptyFormValues}
          writeTargets={["chatwoot", "odoo"]}
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (r) => {
                announceSave(r, t("contacts.form.created"), t);
                close();
                router.push(`/${slug}/contacts/${r.contact.id}`);
              },
            })
          }
        />
      )}
    </ContactFormDialog>
  );
}
