import { issue, z } from "@/lib/validation";

// Shared by the forms and the API so both refuse the same input with the same words.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email(issue("email_invalid")));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, issue("password_missing")).max(200),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(2, issue("name_required")).max(120),
  email: emailSchema,
  password: z.string().min(10, issue("password_too_short")).max(200, issue("password_too_long")),
  /** Where the account goes once its emailed link is used (a same-origin path; /onboarding when absent). */
  next: z.string().max(2000).optional(),
});

/**
 * The emailed link's token, as POST /api/auth/sign-up/verify and the link's button send it, with the
 * password chosen at sign-up: anyone can sign up with someone else's address, and without it the
 * owner of the address, clicking the link, would activate an account whose password a stranger set.
 */
export const signUpVerifySchema = z.object({
  token: z.string().min(20, issue("activation_link_invalid")).max(200),
  password: z.string().min(1, issue("sign_up_password_missing")).max(200),
});
