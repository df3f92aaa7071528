import "server-only";
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Identity } from "@/lib/auth/types";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { clerkEnabled } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { type RegisteredTenant, registerTenant } from "./register-tenant";
import type { OnboardingSubmission } from "./schemas";

const fieldError = (code: "conflict" | "validation_error", field: string, message: string, short = message) =>
  new ApiError(code, message, { details: { fieldErrors: { [field]: [short] } } });

/**
 * The wizard's submit. A signed-in customer (local or Clerk) registers with their account's email and
 * no password; anyone else sends a password, kept hashed until the link is opened, when the account
 * is created. Nothing signs anyone in before the email or WhatsApp number is confirmed.
 */
export async function submitOnboarding(
  db: Db,
  input: OnboardingSubmission,
  identity: Identity | null,
  origin: string,
): Promise<RegisteredTenant> {
  let passwordHash: string | undefined;
  if (identity) {
    if (identity.email.toLowerCase() !== input.email) {
      throw fieldError(
        "validation_error",
        "email",
        `Usa el correo de tu cuenta (${identity.email}) o cierra sesión para registrar otro.`,
      );
    }
  } else if (clerkEnabled) {
    throw new ApiError("unauthorized", "Crea tu cuenta en el paso «Cuenta» antes de enviar.");
  } else {
    if (!input.password) throw fieldError("validation_error", "password", "Crea una contraseña.");
    const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (existing) {
      throw fieldError(
        "conflict",
        "email",
        "Ya tienes una cuenta con este correo. Inicia sesión y vuelve a este paso.",
        "Ya tienes una cuenta con este correo: inicia sesión.",
      );
    }
    passwordHash = await hashPassword(input.password);
  }
  return registerTenant(db, { ...input, passwordHash }, origin);
}
