import "server-only";
import { sql } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { clerkEnabled } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { type RegisteredTenant, registerTenant } from "./register-tenant";
import type { OnboardingSubmission } from "./registration-input";

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
      throw new ApiError("validation_error", "account_email_mismatch", {
        details: { email: identity.email },
        fields: { email: ["account_email_mismatch"] },
      });
    }
  } else if (clerkEnabled) {
    throw new ApiError("unauthorized", "account_step_required");
  } else {
    if (!input.password) {
      throw new ApiError("validation_error", "password_required", { fields: { password: ["password_required"] } });
    }
    const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (existing) {
      throw new ApiError("conflict", "account_exists", { fields: { email: ["account_exists"] } });
    }
    passwordHash = await hashPassword(input.password);
  }
  return registerTenant(db, { ...input, passwordHash }, origin);
}
