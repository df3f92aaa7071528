// What the sign-in and sign-up Server Actions answer to their forms. Client-safe.
import type { ErrorBody } from "@/lib/errors";

export type AuthFormState = {
  /** The failure in the API's one error shape (status included), so the form shows it as it shows API errors. */
  error?: ErrorBody["error"] & { status: number };
  /** What the person typed, given back so a refused submit without JavaScript keeps it (never the password). */
  values: { email: string; name: string };
  /** Sign-up went through: the address it mailed (the same answer whether or not it has an account). */
  sent?: { email: string };
};

export const initialAuthFormState: AuthFormState = { values: { email: "", name: "" } };
