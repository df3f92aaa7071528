"use client";
import { type FormEvent, useId, useState } from "react";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { fieldErrorTexts } from "@/lib/browser/error-text";
import type { ContactInput } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";
import { type ContactFormErrors, type ContactFormValues, toContactInput, validateForm } from "../lib/form-values";

const errorKey: Record<keyof ContactFormErrors, MessageKey> = {
  name: "contacts.form.nameRequired",
  rut: "contacts.form.rutInvalid",
  emails: "contacts.form.emailsInvalid",
  phones: "contacts.form.phonesInvalid",
};

/** Create and edit share this form; `writeTargets` are the services the change may also be written to. */
export function ContactForm(props: {
  mode: "create" | "edit";
  initial: ContactFormValues;
  writeTargets: ("chatwoot" | "odoo")[];
  pending: boolean;
  error: unknown;
  onSubmit: (input: ContactInput) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const server = fieldErrorTexts(props.error, t);
  const set = (change: Partial<ContactFormValues>) => setValues((v) => ({ ...v, ...change }));
  const fieldError = (f: keyof ContactFormErrors) => (errors[f] ? t(errorKey[f]) : server[f]?.[0]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateForm(values);
    setErrors(found);
    if (Object.keys(found).length === 0) props.onSubmit(toContactInput(values));
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      <FormField
        id={`${id}-name`}
        label={t("contacts.form.name")}
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={fieldError("name")}
        maxLength={200}
        required
        autoFocus
      />
      <FormField
        id={`${id}-rut`}
        label={t("contacts.form.rut")}
        hint={t("contacts.form.rutHint")}
        value={values.rut}
        onChange={(e) => set({ rut: e.target.value })}
        error={fieldError("rut")}
        maxLength={16}
        inputMode="text"
      />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField
          id={`${id}-phones`}
          label={t("contacts.form.phones")}
          hint={t("contacts.form.phonesHint")}
          value={values.phones}
          onChange={(e) => set({ phones: e.target.value })}
          error={fieldError("phones")}
          inputMode="tel"
        />
        <FormField
          id={`${id}-emails`}
          label={t("contacts.form.emails")}
          hint={t("contacts.form.emailsHint")}
          value={values.emails}
          onChange={(e) => set({ emails: e.target.value })}
          error={fieldError("emails")}
          inputMode="email"
        />
      </div>
      <FormField
        id={`${id}-tags`}
        label={t("contacts.form.tags")}
        hint={t("contacts.form.tagsHint")}
        value={values.tags}
        onChange={(e) => set({ tags: e.target.value })}
        error={server.tags?.[0]}
      />
      <div className="grid gap-2">
        <Label htmlFor={`${id}-notes`}>{t("contacts.form.notes")}</Label>
        <Textarea
          id={`${id}-notes`}
          value={values.notes}
          onChange={(e) => set({ notes: e.target.value })}
          maxLength={5000}
          rows={3}
        />
      </div>
      {props.writeTargets.length ? (
        <fieldset className="grid gap-2">
          {props.writeTargets.map((s) => {
            const service = s === "chatwoot" ? "Chatwoot" : "Odoo";
            return (
              <div key={s} className="flex items-center gap-2">
                <Checkbox
                  id={`${id}-write-${s}`}
                  checked={values.writeTo[s]}
                  onCheckedChange={(v) => set({ writeTo: { ...values.writeTo, [s]: v === true } })}
                />
                <Label htmlFor={`${id}-write-${s}`} className="font-normal">
                  {t(props.mode === "create" ? "contacts.form.alsoCreateIn" : "contacts.form.alsoUpdateIn", {
                    service,
                  })}
                </Label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <FormError error={props.error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" onClick={props.onCancel}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" disabled={props.pending}>
          {props.mode === "create"
            ? props.pending
              ? t("contacts.form.creating")
              : t("contacts.form.create")
            : props.pending
              ? t("contacts.form.saving")
              : t("contacts.form.save")}
        </Button>
      </div>
    </form>
  );
}
