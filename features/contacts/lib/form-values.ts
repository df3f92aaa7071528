import type { ContactDetail, ContactInput, ContactWriteTargets } from "@/lib/contacts/contact-types";
import { normalizeChileanPhone } from "@/lib/format/phone";
import { formatRut, isValidRut } from "@/lib/format/rut";

// The create/edit form keeps what the person typed as text; these turn it into the API's input and
// catch the mistakes worth stopping for before a round trip. The server validates again.

export type ContactFormValues = {
  name: string;
  rut: string;
  emails: string;
  phones: string;
  tags: string;
  notes: string;
  writeTo: Required<ContactWriteTargets>;
};

export type ContactFormErrors = Partial<Record<"name" | "rut" | "emails" | "phones", "required" | "invalid">>;

export const emptyFormValues: ContactFormValues = {
  name: "",
  rut: "",
  emails: "",
  phones: "",
  tags: "",
  notes: "",
  writeTo: { chatwoot: false, odoo: false },
};

export function formValuesOf(contact: ContactDetail): ContactFormValues {
  return {
    name: contact.name,
    rut: contact.rut ? formatRut(contact.rut) : "",
    emails: contact.emails.join(", "),
    phones: contact.phones.join(", "),
    tags: contact.tags.join(", "),
    notes: contact.notes,
    writeTo: { chatwoot: false, odoo: false },
  };
}

/** "a, b\nc" → ["a", "b", "c"], without blanks or repeats. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateForm(v: ContactFormValues): ContactFormErrors {
  const errors: ContactFormErrors = {};
  if (!v.name.trim()) errors.name = "required";
  if (v.rut.trim() && !isValidRut(v.rut)) errors.rut = "invalid";
  if (splitList(v.emails).some((e) => !EMAIL.test(e))) errors.emails = "invalid";
  if (splitList(v.phones).some((p) => !normalizeChileanPhone(p))) errors.phones = "invalid";
  return errors;
}

export function toContactInput(v: ContactFormValues): ContactInput {
  const writeTo = Object.fromEntries(Object.entries(v.writeTo).filter(([, on]) => on)) as ContactWriteTargets;
  return {
    name: v.name.trim(),
    rut: v.rut.trim() || null,
    emails: splitList(v.emails),
    phones: splitList(v.phones),
    tags: splitList(v.tags),
    notes: v.notes.trim(),
    ...(Object.keys(writeTo).length ? { writeTo } : {}),
  };
}
