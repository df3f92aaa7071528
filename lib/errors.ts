// One error type and one code → status map for every API response.
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

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
};

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const notFound = (what = "El recurso") => new ApiError("not_found", `${what} no existe.`);
export const forbidden = (message = "Tu rol no permite esta acción.") => new ApiError("forbidden", message);
export const unauthorized = () => new ApiError("unauthorized", "Inicia sesión para continuar.");
