import "server-only";
import { ZodError } from "zod";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { AuthFormState } from "./form-state";

/** A Server Action's failure in the API's error shape, with the same words lib/api/route.ts sends. */
export function formErrorOf(error: unknown): NonNullable<AuthFormState["error"]> {
  const known =
    error instanceof ApiError
      ? error
      : error instanceof ZodError
        ? new ApiError("validation_error", "Revisa los datos enviados.", {
            details: { fieldErrors: error.flatten().fieldErrors, formErrors: error.flatten().formErrors },
          })
        : null;
  if (known) return { status: known.status, ...known.toBody().error };
  log.error("unhandled form action error", { error: error instanceof Error ? error.message : String(error) });
  const unexpected = new ApiError("internal_error", "Ocurrió un error inesperado. Inténtalo de nuevo.");
  return { status: unexpected.status, ...unexpected.toBody().error };
}
