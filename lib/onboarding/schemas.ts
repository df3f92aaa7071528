// What the wizard and the tenant API accept, shared by the browser (per-step checks) and the server,
// so both refuse the same input with the same words. Client-safe.
import { emailSchema } from "@/lib/auth/schemas";
import { isChileanMobile, isValidRut, normalizeChileanPhone, normalizeRut } from "@/lib/format";
import { selfServePlans } from "@/lib/plans/catalog";
import { slugSchema } from "@/lib/tenancy/slug";
import { z } from "@/lib/validation";

/** 12.345.678-5 in any spelling → 12345678-5; the check digit is verified. */
export const rutSchema = z
  .string({ error: "Ingresa el RUT de la empresa." })
  .trim()
  .min(1, { error: "Ingresa el RUT de la empresa." })
  .refine(isValidRut, { error: "El RUT no es válido: revisa los números y el dígito verificador." })
  .transform((value) => normalizeRut(value) ?? value)
  .meta({
    description: "Chilean RUT with check digit, e.g. 76.086.428-5; stored as 76086428-5.",
    example: "76.086.428-5",
  });

/** +56 9 XXXX XXXX in any spelling → +569XXXXXXXX (E.164). */
export const mobileSchema = z
  .string({ error: "Ingresa un número de WhatsApp." })
  .trim()
  .refine(isChileanMobile, { error: "Ingresa un celular chileno: +56 9 XXXX XXXX." })
  .transform((value) => normalizeChileanPhone(value) ?? value)
  .meta({ description: "Chilean mobile (WhatsApp); stored as E.164.", example: "+56 9 1234 5678" });

export const legalNameSchema = z
  .string({ error: "Ingresa la razón social." })
  .trim()
  .min(2, { error: "Ingresa la razón social." })
  .max(120, { error: "La razón social es demasiado larga." });

export const selfServePlanSchema = z.enum(selfServePlans, { error: "Elige un plan: Free, Basic o Pro." });

/** The back-office contract: POST /api/tenants. */
export const tenantRegistrationSchema = z.object({
  rut: rutSchema,
  legalName: legalNameSchema,
  email: emailSchema.meta({ description: "Becomes the tenant's first admin (an invitation matched at sign-in)." }),
  phone: mobileSchema,
  plan: selfServePlanSchema,
  slug: slugSchema.optional().meta({ description: "Workspace address; derived from legalName when omitted." }),
});
export type TenantRegistration = z.output<typeof tenantRegistrationSchema>;

export const passwordSchema = z
  .string({ error: "Crea una contraseña." })
  .min(10, { error: "La contraseña debe tener al menos 10 caracteres." })
  .max(200, { error: "La contraseña es demasiado larga." });

// The wizard, step by step. Each step's schema checks just its fields, so "Continuar" can stop at
// the first step with a problem and show it next to the field.
export const companyStepSchema = z.object({
  rut: rutSchema,
  legalName: legalNameSchema,
  businessActivity: z
    .string({ error: "Cuéntanos el rubro de tu negocio." })
    .trim()
    .min(2, { error: "Cuéntanos el rubro de tu negocio." })
    .max(80, { error: "El rubro es demasiado largo." }),
});

export const contactStepSchema = z.object({
  contactName: z
    .string({ error: "Ingresa tu nombre." })
    .trim()
    .min(2, { error: "Ingresa tu nombre." })
    .max(120, { error: "El nombre es demasiado largo." }),
  email: emailSchema,
  phone: mobileSchema,
});

export const planStepSchema = z.object({ plan: selfServePlanSchema });

/** Password only for a new local account; a signed-in customer (or Clerk) sends none. */
export const accountStepSchema = z.object({ password: passwordSchema.optional() });

export const onboardingSubmissionSchema = companyStepSchema
  .extend(contactStepSchema.shape)
  .extend(planStepSchema.shape)
  .extend(accountStepSchema.shape);
export type OnboardingSubmission = z.output<typeof onboardingSubmissionSchema>;

export const confirmSignupSchema = z.object({
  tenantId: z.uuid({ error: "El enlace no es válido." }),
  token: z.string().min(20, { error: "El enlace no es válido." }).max(200),
});

export const enterpriseContactSchema = z.object({
  company: legalNameSchema,
  contactName: contactStepSchema.shape.contactName,
  email: emailSchema,
  phone: z.string().trim().max(40).optional(),
  message: z.string().trim().max(2000, { error: "El mensaje es demasiado largo." }).default(""),
});
