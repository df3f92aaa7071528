import "server-only";
import { ZodError } from "zod";
import { ApiError, invalidInput } from "@/lib/errors";
import { log } from "@/lib/log";
import { z } from "@/lib/validation";
import type { AuthFormState } from "./form-state";

/** A Server Action's failure in the API's error shape, with the same words lib/api/route.ts sends. */
export function formErrorOf(error: unknown): NonNullable<AuthFormState["error"]> {
  const known =
    error instanceof ApiError ? error : error instanceof ZodError ? invalidInput(z.flattenError(error)) : null;
  if (known) return { status: known.status, ...known.toBody().error };
  log.error("unhandled form action error", { error: error instanceof Error ? error.message : String(error) });
  const unexpected = new ApiError("internal_error", "unexpected");
  return { status: unexpected.status, ...unexpected.toBody().error };
}
