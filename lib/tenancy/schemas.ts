import { emailSchema } from "@/lib/auth/schemas";
import { roles } from "@/lib/db/roles";
import { z } from "@/lib/validation";
import { slugSchema } from "./slug";

export const createWorkspaceSchema = z.object({
  legalName: z.string().trim().min(2, { error: "Ingresa el nombre de tu negocio." }).max(120),
  slug: slugSchema.optional(),
});

export const roleSchema = z.enum(roles, { error: "Elige un rol: administrador, equipo o lector." });

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ role: roleSchema });
