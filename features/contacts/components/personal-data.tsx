"use client";
import { FileDown, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { FormError } from "@/components/form-error";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ContactDetail } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import { useEraseContact } from "../hooks/use-contact-mutations";
import { contactsApi, type EraseResult } from "../lib/api";
import { Section } from "./contact-identity";

/**
 * An admin's answer to a person's data request: a JSON copy of what the Hub holds, or erasing it from
 * the Hub. Erasing cannot be undone, so the name must be typed to confirm.
 */
export function PersonalData(props: { tenantId: string; contact: ContactDetail; onErased: (r: EraseResult) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const erase = useEraseContact(props.tenantId, props.contact.id);
  const name = props.contact.name.trim();
  const matches = typed.trim().toLocaleLowerCase("es-CL") === name.toLocaleLowerCase("es-CL");

  return (
    <Section title={t("contacts.privacy.title")} description={t("contacts.privacy.body")} testId="personal-data">
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" asChild>
          <a href={contactsApi(props.tenantId).dataExport(props.contact.id)} download>
            <FileDown aria-hidden />
            {t("contacts.privacy.export")}
          </a>
        </Button>
        <AlertDialog
          open={open}
          onOpenChange={(o) => {
            setOpen(o);
            if (!o) {
              setTyped("");
              erase.reset();
            }
          }}
        >
          <AlertDialogTrigger asChild>
            <Button variant="outline" className="border-destructive/50 text-destructive hover:bg-destructive/10">
              <Trash2 aria-hidden />
              {t("contacts.privacy.erase")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <form
              className="grid gap-4"
              onSubmit={(e) => {
                e.preventDefault();
                if (matches) erase.mutate(undefined, { onSuccess: props.onErased });
              }}
            >
              <AlertDialogHeader>
                <AlertDialogTitle>{t("contacts.privacy.eraseTitle", { name })}</AlertDialogTitle>
                <AlertDialogDescription>{t("contacts.privacy.eraseBody")}</AlertDialogDescription>
              </AlertDialogHeader>
              <div className="grid gap-2">
                <Label htmlFor={`${id}-confirm`}>{t("contacts.privacy.typeName", { name })}</Label>
                <Input
                  id={`${id}-confirm`}
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </div>
              <FormError error={erase.error} />
              <AlertDialogFooter>
                <AlertDialogCancel type="button">{t("common.cancel")}</AlertDialogCancel>
                {/* Not AlertDialogAction: that closes the dialog before the request can fail. */}
                <Button type="submit" variant="destructive" disabled={!matches || erase.isPending}>
                  {erase.isPending ? t("contacts.privacy.erasing") : t("contacts.privacy.erase")}
                </Button>
              </AlertDialogFooter>
            </form>
          </AlertDialogContent>
        </AlertDialog>
      </div>
    </Section>
  );
}

/** After an erase: what is still held elsewhere, so the request can be completed there. */
export function ErasedNotice(props: { name: string; result: EraseResult; onBack: () => void }) {
  const { t } = useI18n();
  const { chatwoot, odoo } = props.result.remains;
  return (
    <section className="mx-auto grid max-w-xl gap-3 rounded-xl border p-6" role="status" data-testid="erased-notice">
      <h1 className="font-semibold text-lg">{t("contacts.privacy.erasedTitle", { name: props.name })}</h1>
      {chatwoot.length || odoo.length ? (
        <>
          <p className="text-sm">{t("contacts.privacy.erasedBody")}</p>
          <ul className="list-disc pl-5 text-sm">
            {chatwoot.length ? <li>{t("contacts.privacy.remainsChatwoot", { ids: chatwoot.join(", ") })}</li> : null}
            {odoo.length ? <li>{t("contacts.privacy.remainsOdoo", { ids: odoo.join(", ") })}</li> : null}
          </ul>
        </>
      ) : (
        <p className="text-sm">{t("contacts.privacy.nothingRemains")}</p>
      )}
      <div>
        <Button onClick={props.onBack}>{t("contacts.detail.back")}</Button>
      </div>
    </section>
  );
}
