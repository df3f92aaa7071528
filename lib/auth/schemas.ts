import { z } from "@/lib/validation";

// Shared by the forms and the API so both refuse the same input with the same words.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Ingresa un correo válido." }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Ingresa tu contraseña." }).max(200),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(2, { error: "Ingresa tu nombre." }).max(120),
  email: emailSchema,
  password: z
    .string()
    .min(10, { error: "La contraseña debe tener al menos 10 caracteres." })
    .max(200, { error: "La contraseña es demasiado larga." }),
  /** Where the account goes once its emailed link is used (a same-origin path; /onboarding when absent). */
  next: z.string().max(2000).optional(),
});

/**
 * The emailed link's token, as POST /api/auth/sign-up/verify and the link's button send it, with the
 * password chosen at sign-up: anyone can sign up with someone else's address, and without it the
 * owner of the address, clicking the link, would activate an account whose password a stranger set.
 */
export const signUpVerifySchema = z.object({
  token: z.string().min(20, { error: "El enlace de activación no es válido." }).max(200),
  password: z.string().min(1, { error: "Ingresa la contraseña que elegiste al registrarte." }).max(200),
});
