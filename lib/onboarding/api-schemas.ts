// Query and body shapes of the tenant API beyond the registration itself. Client-safe.
import { z } from "@/lib/validation";

export const tenantListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const tenantIdParamsSchema = z.object({ tenantId: z.string() });

/** POST /api/tenants/{id}/provision: the confirmation token from the link, unless the caller is authorized. */
export const provisionBodySchema = z.object({
  token: z.string().min(20).max(200).optional().meta({ description: "The token of the confirmation link." }),
});

export const registeredTenantSchema = z.object({
  tenant: z.object({
    id: z.uuid(),
    slug: z.string(),
    status: z.literal("preparing"),
    confirmationChannels: z.array(z.enum(["email", "whatsapp"])),
  }),
});

export const provisionResponseSchema = z.object({
  tenant: z.object({ id: z.uuid(), slug: z.string().optional() }),
  status: z.enum(["provisioning", "active"]),
  statusUrl: z.string(),
});

export const tenantListItemSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  legalName: z.string(),
  rut: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  plan: z.enum(["free", "basic", "pro", "enterprise"]),
  status: z.enum(["preparing", "provisioning", "active", "suspended", "cancelled"]),
  createdAt: z.string(),
});

export const tenantPageSchema = z.object({
  data: z.array(tenantListItemSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
