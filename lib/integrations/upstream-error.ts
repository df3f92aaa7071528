import { ApiError, type ErrorCode } from "@/lib/errors";

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
  message?: string;
  cause?: unknown;
}

const credentialHint: Record<UpstreamService, string> = {
  chatwoot: "Chatwoot rechazó el token de acceso. Revisa el token en Configuración → Integraciones.",
  odoo: "Odoo rechazó el usuario o la clave API (las claves vencen). Genera una nueva en Odoo y actualízala en Configuración → Integraciones.",
  n8n: "n8n rechazó la clave API. Revisa la clave en Configuración → Integraciones.",
};

/** The plain-Spanish sentence the UI shows: which service failed and what the user can do. */
export function upstreamMessage(
  code: UpstreamCode,
  service: UpstreamService,
  opts: { upstreamStatus?: number; retryAfter?: number } = {},
): string {
  const name = serviceLabel[service];
  switch (code) {
    case "upstream_unauthorized":
      return credentialHint[service];
    case "upstream_forbidden":
      return `${name} no permite esta operación con las credenciales configuradas. Pide a un administrador de ${name} los permisos necesarios.`;
    case "upstream_not_found":
      return `${name} no encontró lo solicitado. Puede que se haya eliminado o que la configuración apunte a otra cuenta.`;
    case "upstream_rate_limited":
      return opts.retryAfter !== undefined
        ? `${name} está limitando las solicitudes. Inténtalo de nuevo en ${opts.retryAfter} segundos.`
        : `${name} está limitando las solicitudes. Espera un momento e inténtalo de nuevo.`;
    case "upstream_timeout":
      return `${name} no respondió a tiempo. Inténtalo de nuevo en unos minutos.`;
    case "upstream_unavailable":
      return opts.upstreamStatus !== undefined
        ? `${name} no está disponible (error ${opts.upstreamStatus}). Inténtalo más tarde.`
        : `No se pudo conectar con ${name}. Revisa la URL en Configuración → Integraciones o inténtalo más tarde.`;
    case "upstream_address_blocked":
      return `La dirección de ${name} apunta a una red interna o privada, que no está permitida. Usa la dirección pública del servicio en Configuración → Integraciones.`;
    case "upstream_bad_response":
      return `${name} respondió algo inesperado. Revisa que la URL apunte a ${name} o inténtalo más tarde.`;
    case "conflict":
      return `${name} rechazó la operación porque entra en conflicto con el estado actual.`;
    case "unprocessable":
      return `${name} rechazó los datos enviados.`;
  }
}

export class UpstreamError extends ApiError {
  readonly service: UpstreamService;
  readonly upstreamStatus?: number;
  readonly retryAfter?: number;

  constructor(code: UpstreamCode, service: UpstreamService, opts: UpstreamErrorOptions = {}) {
    const details: Record<string, unknown> = { service };
    if (opts.upstreamStatus !== undefined) details.upstreamStatus = opts.upstreamStatus;
    if (opts.retryAfter !== undefined) details.retryAfter = opts.retryAfter;
    if (opts.upstreamMessage) details.upstreamMessage = opts.upstreamMessage;
    super(code, opts.message ?? upstreamMessage(code, service, opts), {
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
