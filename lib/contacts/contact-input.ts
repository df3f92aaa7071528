// What create, edit and import accept, validated once; messages are field reasons (lib/errors.ts). Values are normalized to
// the stored forms (canonical RUT, E.164, lower-cased email) so matching compares like with like.

import type { FieldReason } from "@/lib/errors";
import { normalizeEmail } from "@/lib/format/email";
import { normalizePhone } from "@/lib/format/phone";
import { normalizeRut } from "@/lib/format/rut";
import { issue, z } from "@/lib/validation";

const MAX_TAG = 60;

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, issue("tag_empty"))
  .max(MAX_TAG, issue("tag_too_long"))
  .regex(/^[^,;|]+$/, issue("tag_separator"));

const rutField = z
  .string()
  .trim()
  .max(20)
  .transform((v, ctx) => {
    if (!v) return null;
    const rut = normalizeRut(v);
    if (!rut) ctx.addIssue({ code: "custom", message: "rut_check_digit" satisfies FieldReason });
    return rut;
  });

const emailList = z
  .array(z.string().max(254))
  .max(10, issue("emails_too_many"))
  .transform((list, ctx) => {
    const out: string[] = [];
    for (const raw of list.map((v) => v.trim()).filter(Boolean)) {
      const email = normalizeEmail(raw);
      if (!email) ctx.addIssue({ code: "custom", message: "email_in_list_invalid" satisfies FieldReason });
      else if (!out.includes(email)) out.push(email);
    }
    return out;
  });

const phoneList = z
  .array(z.string().max(40))
  .max(10, issue("phones_too_many"))
  .transform((list, ctx) => {
    const out: string[] = [];
    for (const raw of list.map((v) => v.trim()).filter(Boolean)) {
      const phone = normalizePhone(raw);
      if (!phone) ctx.addIssue({ code: "custom", message: "phone_in_list_invalid" satisfies FieldReason });
      else if (!out.includes(phone)) out.push(phone);
    }
    return out;
  });

const tagList = z
  .array(tagSchema)
  .max(30, issue("tags_too_many"))
  .transform((t) => [...new Set(t)]);

const fields = {
  name: z.string().trim().min(1, issue("contact_name_required")).max(160, issue("contact_name_too_long")),
  rut: rutField.nullish().transform((v) => v ?? null),
  emails: emailList.optional().default([]),
  phones: phoneList.optional().default([]),
  tags: tagList.optional().default([]),
  notes: z.string().max(5_000, issue("notes_too_long")).optional().default(""),
  writeTo: z.object({ chatwoot: z.boolean().optional(), odoo: z.boolean().optional() }).optional().default({}),
};

/** A record created upstream is linked back by RUT, email or phone (a webhook for it may come first). */
export const hasIdentityKey = (v: { rut: string | null; emails: string[]; phones: string[] }) =>
  Boolean(v.rut || v.emails.length || v.phones.length);

export const createContactSchema = z.object(fields).superRefine((v, ctx) => {
  if ((v.writeTo.chatwoot || v.writeTo.odoo) && !hasIdentityKey(v)) {
    ctx.addIssue({ code: "custom", path: ["writeTo"], message: "contact_unlinkable" satisfies FieldReason });
  }
});
export const updateContactSchema = z.object({
  name: fields.name.optional(),
  rut: rutField.nullish(),
  emails: emailList.optional(),
  phones: phoneList.optional(),
  tags: tagList.optional(),
  notes: z.string().max(5_000, issue("notes_too_long")).optional(),
  writeTo: fields.writeTo,
});

export type CreateContact = z.infer<typeof createContactSchema>;
export type UpdateContact = z.infer<typeof updateContactSchema>;

export const bulkTagSchema = z
  .object({
    contactIds: z
      .array(z.uuid(issue("contact_invalid")))
      .min(1, issue("contacts_required"))
      .max(1_000),
    add: z.array(tagSchema).max(10).optional().default([]),
    remove: z.array(tagSchema).max(10).optional().default([]),
  })
  .refine((b) => b.add.length + b.remove.length > 0, issue("tags_change_required"));

export const unmergeSchema = z.object({ sourceId: z.uuid(issue("source_invalid")) });
export const contactParamsSchema = z.object({ tenantId: z.string(), contactId: z.string() });
