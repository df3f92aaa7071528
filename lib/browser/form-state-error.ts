// The browser's reading of an auth form's state, kept out of lib/auth/form-state.ts, which the
// Server Actions load too.
import type { AuthFormState } from "@/lib/auth/form-state";
import { ApiClientError } from "./fetch-json";

/** The state's failure as the error the API client throws, so FormError and field errors read it alike. */
export function formStateError(state: AuthFormState): ApiClientError | null {
  const e = state.error;
  return e ? new ApiClientError(e.status, e.code, e.message, e.details) : null;
}
