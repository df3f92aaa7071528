// What create, edit and import accept, validated once with Spanish messages. Values are normalized to
// the stored forms (canonical RUT, E.164, lower-cased email) so matching compares like with like.
import { normalizeEmail } from "@/lib/format/email";
import { normalizePhone } from "@/lib/format/phone";
import { normalizeRut } from "@/lib/format/rut";
import { z } from "@/lib/validation";

const MAX_TAG = 60;

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "La etiqueta no puede estar vacía." })
  .max(MAX_TAG, { error: `Una etiqueta tiene como máximo ${MAX_TAG} caracteres.` })
  .regex(/^[^,;|]+$/, { error: "Una etiqueta no puede contener coma, punto y coma ni barra vertical." });

const rutField = z
  .string()
  .trim()
  .max(20)
  .transform((v, ctx) => {
    if (!v) return null;
    const rut = normalizeRut(v);
    if (!rut) ctx.addIssue({ code: "custom", message: `El RUT ${v} no es válido (revisa el dígito verificador).` });
    return rut;
  });

const emailList = z
  .array(z.string().max(254))
  .max(10, { error: "Como máximo 10 correos." })
  .transform((list, ctx) => {
    const out: string[] = [];
    for (const raw of list.map((v) => v.trim()).filter(Boolean)) {
      const email = normalizeEmail(raw);
      if (!email) ctx.addIssue({ code: "custom", message: `El correo ${raw} no es válido.` });
      else if (!out.includes(email)) out.push(email);
    }
    return out;
  });

const phoneList = z
  .array(z.string().max(40))
  .max(10, { error: "Como máximo 10 teléfonos." })
  .transform((list, ctx) => {
    const out: string[] = [];
    for (const raw of list.map((v) => v.trim()).filter(Boolean)) {
      const phone = normalizePhone(raw);
      if (!phone) ctx.addIssue({ code: "custom", message: `El teléfono ${raw} no es válido: usa +56 9 1234 5678.` });
      else if (!out.includes(phone)) out.push(phone);
    }
    return out;
  });

const tagList = z
  .array(tagSchema)
  .max(30, { error: "Como máximo 30 etiquetas." })
  .transform((t) => [...new Set(t)]);

const fields = {
  name: z
    .string()
    .trim()
    .min(1, { error: "Ingresa el nombre del contacto." })
    .max(160, { error: "El nombre tiene como máximo 160 caracteres." }),
  rut: rutField.nullish().transform((v) => v ?? null),
  emails: emailList.optional().default([]),
  phones: phoneList.optional().default([]),
  tags: tagList.optional().default([]),
  notes: z.string().max(5_000, { error: "Las notas tienen como máximo 5.000 caracteres." }).optional().default(""),
  writeTo: z.object({ chatwoot: z.boolean().optional(), odoo: z.boolean().optional() }).optional().default({}),
};

/** A record created upstream is linked back by RUT, email or phone (a webhook for it may come first). */
export const UNLINKABLE_UPSTREAM =
  "Para crearlo también en Chatwoot u Odoo, indica un teléfono, un correo o el RUT: así quedan vinculados.";
export const hasIdentityKey = (v: { rut: string | null; emails: string[]; phones: string[] }) =>
  Boolean(v.rut || v.emails.length || v.phones.length);

export const createContactSchema = z.object(fields).superRefine((v, ctx) => {
  if ((v.writeTo.chatwoot || v.writeTo.odoo) && !hasIdentityKey(v)) {
    ctx.addIssue({ code: "custom", path: ["writeTo"], message: UNLINKABLE_UPSTREAM });
  }
});
export const updateContactSchema = z.object({
  name: fields.name.optional(),
  rut: rutField.nullish(),
  emails: emailList.optional(),
  phones: phoneList.optional(),
  tags: tagList.optional(),
  notes: z.string().max(5_000, { error: "Las notas tienen como máximo 5.000 caracteres." }).optional(),
  writeTo: fields.writeTo,
});

export type CreateContact = z.infer<typeof createContactSchema>;
export type UpdateContact = z.infer<typeof updateContactSchema>;

export const bulkTagSchema = z
  .object({
    contactIds: z
      .array(z.uuid({ error: "Contacto inválido." }))
      .min(1, { error: "Elige al menos un contacto." })
      .max(1_000),
    add: z.array(tagSchema).max(10).optional().default([]),
    remove: z.array(tagSchema).max(10).optional().default([]),
  })
  .refine((b) => b.add.length + b.remove.length > 0, { error: "Indica qué etiquetas agregar o quitar." });

export const unmergeSchema = z.object({ sourceId: z.uuid({ error: "Origen inválido." }) });
export const contactParamsSchema = z.object({ tenantId: z.string(), contactId: z.string() });
