// What the sign-in and sign-up Server Actions answer to their forms. Client-safe.
import { ApiClientError } from "@/lib/browser/fetch-json";
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

/** The state's failure as the error the API client throws, so FormError and field errors read it alike. */
export function formStateError(state: AuthFormState): ApiClientError | null {
  const e = state.error;
  return e ? new ApiClientError(e.status, e.code, e.message, e.details) : null;
}
