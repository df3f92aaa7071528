// Emails compared and stored as one form: trimmed and lower-cased (the local part is case-insensitive
// at every provider a Chilean small business meets in practice).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** " Ana@Correo.CL " → "ana@correo.cl"; null when it is not an email. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return EMAIL.test(email) ? email : null;
}
