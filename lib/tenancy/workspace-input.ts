import { emailSchema } from "@/lib/auth/auth-input";
import { roles } from "@/lib/db/roles";
import { issue, z } from "@/lib/validation";
import { slugSchema } from "./slug";

export const createWorkspaceSchema = z.object({
  legalName: z.string().trim().min(2, issue("business_name_required")).max(120),
  slug: slugSchema.optional(),
});

export const roleSchema = z.enum(roles, issue("role_invalid"));

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ role: roleSchema });
