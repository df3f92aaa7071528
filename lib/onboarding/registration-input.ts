// What the wizard and the tenant API accept, shared by the browser (per-step checks) and the server,
// so both refuse the same input with the same words. Client-safe.
import { emailSchema } from "@/lib/auth/auth-input";
import { isChileanMobile, isValidRut, normalizeChileanPhone, normalizeRut } from "@/lib/format";
import { selfServePlans } from "@/lib/plans/catalog";
import { slugSchema } from "@/lib/tenancy/slug";
import { issue, z } from "@/lib/validation";

/** 12.345.678-5 in any spelling → 12345678-5; the check digit is verified. */
export const rutSchema = z
  .string(issue("rut_required"))
  .trim()
  .min(1, issue("rut_required"))
  .refine(isValidRut, issue("rut_invalid"))
  .transform((value) => normalizeRut(value) ?? value)
  .meta({
    description: "Chilean RUT with check digit, e.g. 76.086.428-5; stored as 76086428-5.",
    example: "76.086.428-5",
  });

/** +56 9 XXXX XXXX in any spelling → +569XXXXXXXX (E.164). */
export const mobileSchema = z
  .string(issue("whatsapp_required"))
  .trim()
  .refine(isChileanMobile, issue("mobile_invalid"))
  .transform((value) => normalizeChileanPhone(value) ?? value)
  .meta({ description: "Chilean mobile (WhatsApp); stored as E.164.", example: "+56 9 1234 5678" });

export const legalNameSchema = z
  .string(issue("legal_name_required"))
  .trim()
  .min(2, issue("legal_name_required"))
  .max(120, issue("legal_name_too_long"));

export const selfServePlanSchema = z.enum(selfServePlans, issue("plan_invalid"));

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
  .string(issue("password_required"))
  .min(10, issue("password_too_short"))
  .max(200, issue("password_too_long"));

// The wizard, step by step. Each step's schema checks just its fields, so "Continuar" can stop at
// the first step with a problem and show it next to the field.
export const companyStepSchema = z.object({
  rut: rutSchema,
  legalName: legalNameSchema,
  businessActivity: z
    .string(issue("industry_required"))
    .trim()
    .min(2, issue("industry_required"))
    .max(80, issue("industry_too_long")),
});

export const contactStepSchema = z.object({
  contactName: z.string(issue("name_required")).trim().min(2, issue("name_required")).max(120, issue("name_too_long")),
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
  tenantId: z.uuid(issue("link_invalid")),
  token: z.string().min(20, issue("link_invalid")).max(200),
});

export const enterpriseContactSchema = z.object({
  company: legalNameSchema,
  contactName: contactStepSchema.shape.contactName,
  email: emailSchema,
  phone: z.string().trim().max(40).optional(),
  message: z.string().trim().max(2000, issue("message_too_long")).default(""),
});
