import { ApiError, type ErrorCode, type ErrorReason } from "@/lib/errors";

export type UpstreamService = "chatwoot" | "odoo" | "n8n";

export const serviceLabel: Record<UpstreamService, string> = { chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" };

/** Codes an upstream failure can carry; refusals of a well-formed request keep the Hub's 409/422 meaning. */
export type UpstreamCode =
  | "upstream_unauthorized"
  | "upstream_forbidden"
  | "upstream_not_found"
  | "upstream_rate_limited"
  | "upstream_timeout"
  | "upstream_unavailable"
  | "upstream_bad_response"
  | "upstream_address_blocked"
  | Extract<ErrorCode, "conflict" | "unprocessable">;

export interface UpstreamErrorOptions {
  upstreamStatus?: number;
  retryAfter?: number;
  /** The upstream's own (usually English) explanation, shown to admins in details, never as the message. */
  upstreamMessage?: string;
  /** A more precise reason than the code's own (what the service's body told apart), with its values. */
  reason?: ErrorReason;
  values?: Record<string, string | number>;
  cause?: unknown;
}

/** Which sentence the UI shows for a failure of this kind: which service failed and what the user can do. */
export function upstreamReason(
  code: UpstreamCode,
  service: UpstreamService,
  opts: { upstreamStatus?: number; retryAfter?: number } = {},
): ErrorReason {
  switch (code) {
    case "upstream_unauthorized":
      return `upstream_unauthorized_${service}`;
    case "upstream_rate_limited":
      return opts.retryAfter !== undefined ? "upstream_rate_limited_retry" : "upstream_rate_limited";
    case "upstream_unavailable":
      return opts.upstreamStatus !== undefined ? "upstream_unavailable_status" : "upstream_unreachable";
    case "conflict":
      return "upstream_conflict";
    case "unprocessable":
      return "upstream_unprocessable";
    default:
      return code;
  }
}

export class UpstreamError extends ApiError {
  readonly service: UpstreamService;
  readonly upstreamStatus?: number;
  readonly retryAfter?: number;

  constructor(code: UpstreamCode, service: UpstreamService, opts: UpstreamErrorOptions = {}) {
    const details: Record<string, unknown> = { service, ...opts.values };
    if (opts.upstreamStatus !== undefined) details.upstreamStatus = opts.upstreamStatus;
    if (opts.retryAfter !== undefined) details.retryAfter = opts.retryAfter;
    if (opts.upstreamMessage) details.upstreamMessage = opts.upstreamMessage;
    super(code, opts.reason ?? upstreamReason(code, service, opts), {
      details,
      headers: opts.retryAfter !== undefined ? { "Retry-After": String(opts.retryAfter) } : undefined,
    });
    this.name = "UpstreamError";
    this.service = service;
    this.upstreamStatus = opts.upstreamStatus;
    this.retryAfter = opts.retryAfter;
    if (opts.cause !== undefined) this.cause = opts.cause;
  }
}

/** An HTTP status from the upstream → our code. 2xx/3xx never reach here. */
export function codeForStatus(status: number): UpstreamCode {
  if (status === 401) return "upstream_unauthorized";
  if (status === 403) return "upstream_forbidden";
  if (status === 404 || status === 410) return "upstream_not_found";
  if (status === 429) return "upstream_rate_limited";
  if (status === 408) return "upstream_timeout";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "unprocessable";
  if (status >= 500) return "upstream_unavailable";
  return "upstream_bad_response";
}

export function isUpstreamError(e: unknown): e is UpstreamError {
  return e instanceof UpstreamError;
}
