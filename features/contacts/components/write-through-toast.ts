"use client";
import { problemText } from "@/lib/browser/error-text";
import type { ContactSaveResult } from "@/lib/contacts/contact-types";
import type { Translate } from "@/lib/i18n/types";
import { toast } from "@/lib/toast";

const serviceName = { chatwoot: "Chatwoot", odoo: "Odoo" } as const;

/** The save went through in the Hub; say so, and name any service the change could not be written to. */
export function announceSave(r: ContactSaveResult, success: string, t: Translate) {
  const failed = r.writeThrough.filter((w) => !w.ok);
  const written = r.writeThrough
    .filter((w) => w.ok)
    .map((w) => t("contacts.form.writeOk", { service: serviceName[w.service] }));
  if (!failed.length) {
    toast.success(success, written.length ? { description: written.join(" ") } : undefined);
    return;
  }
  toast.warning(success, {
    description: failed
      .map((w) => {
        const message = problemText(w, t);
        const service = serviceName[w.service];
        return message
          ? t("contacts.form.writeFailed", { service, message })
          : t("contacts.form.writeFailedNoDetail", { service });
      })
      .join(" "),
    duration: 10_000,
  });
}
