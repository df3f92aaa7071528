// One error type and one code → status map for every API response. The `code` says what kind of
// failure it is (and so its status); `details.reason` says which one, and the browser renders its
// text in the user's language from lib/i18n (apiErrors, fieldErrors). The Spanish `message` rendered
// here from the same dictionary is for API clients and logs.
import { createTranslator } from "@/lib/i18n/create-translator";
import { errorValues } from "@/lib/i18n/error-values";
import { esCL } from "@/lib/i18n/messages/es-CL";
import type { Messages } from "@/lib/i18n/types";

export const errorStatus = {
  validation_error: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  integration_not_connected: 409,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  upstream_unauthorized: 502,
  upstream_forbidden: 502,
  upstream_not_found: 502,
  upstream_rate_limited: 502,
  upstream_bad_response: 502,
  upstream_unavailable: 502,
  upstream_address_blocked: 502,
  upstream_timeout: 504,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
/** Which failure it is: a key of the apiErrors dictionary, so every reason has its text in both languages. */
export type ErrorReason = keyof Messages["apiErrors"];
/** Which problem a field has: a key of the fieldErrors dictionary. */
export type FieldReason = keyof Messages["fieldErrors"];
/** Field name → its problems, as reasons. */
export type FieldReasons = Record<string, FieldReason[]>;

export const isFieldReason = (value: string): value is FieldReason => Object.hasOwn(esCL.fieldErrors, value);

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
};

const spanish = createTranslator(esCL);

/** The Spanish text of a reason, with the values it names. */
export const reasonText = (reason: ErrorReason, details?: Record<string, unknown>) =>
  spanish(`apiErrors.${reason}`, errorValues(details));

/** The Spanish text of a field reason. */
export const fieldReasonText = (reason: FieldReason) => spanish(`fieldErrors.${reason}`);

/**
 * A field's messages as they go out: a field reason (what schemas and the server name) becomes its
 * Spanish text; any other message (zod's own, for a field without one) stays and counts as "invalid".
 */
export function fieldProblems(messages: Record<string, string[] | undefined>) {
  const fieldErrors: Record<string, string[]> = {};
  const fieldReasons: FieldReasons = {};
  for (const [field, list] of Object.entries(messages)) {
    if (!list?.length) continue;
    fieldErrors[field] = list.map((m) => (isFieldReason(m) ? fieldReasonText(m) : m));
    fieldReasons[field] = list.map((m) => (isFieldReason(m) ? m : "invalid"));
  }
  return { fieldErrors, fieldReasons };
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly reason: ErrorReason;
  readonly details?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    reason: ErrorReason,
    options: {
      details?: Record<string, unknown>;
      /** Problems of single fields, shown beside them. */
      fields?: FieldReasons;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(reasonText(reason, options.details));
    this.name = "ApiError";
    this.code = code;
    this.reason = reason;
    this.details = { reason, ...options.details, ...(options.fields ? fieldProblems(options.fields) : {}) };
    this.headers = options.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, details: this.details } };
  }
}

/** A schema's refusal (zod, flattened) as the one validation error, its messages given as reasons. */
export function invalidInput(flat: { fieldErrors: Record<string, string[] | undefined>; formErrors: string[] }) {
  const form = fieldProblems({ form: flat.formErrors });
  return new ApiError("validation_error", "invalid_input", {
    details: {
      ...fieldProblems(flat.fieldErrors),
      formErrors: form.fieldErrors.form ?? [],
      formReasons: form.fieldReasons.form ?? [],
    },
  });
}

/** A caught failure as data (a partial result reports it rather than throwing): its text and its reason. */
export function failureOf(error: unknown): { message: string; details: Record<string, unknown> } {
  const known = error instanceof ApiError ? error : new ApiError("internal_error", "unexpected");
  return { message: known.message, details: known.details ?? {} };
}

export type NotFoundSubject = "resource" | "workspace" | "member" | "contact" | "integration" | "template";

export const notFound = (subject: NotFoundSubject = "resource") => new ApiError("not_found", `${subject}_not_found`);
export const forbidden = (reason: ErrorReason = "role_forbidden") => new ApiError("forbidden", reason);
export const unauthorized = () => new ApiError("unauthorized", "sign_in_required");
