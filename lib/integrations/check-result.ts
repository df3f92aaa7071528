import { ApiError } from "@/lib/errors";
import { assertAllowedBaseUrl } from "./base-url";
import { serviceLabel, UpstreamError, type UpstreamService } from "./upstream-error";

export interface CheckItem {
  code: string;
  message: string;
}

/** What "Probar conexión" shows: problems block the connection, warnings limit it. */
export interface CheckResult {
  ok: boolean;
  problems: CheckItem[];
  warnings: CheckItem[];
  info: Record<string, unknown>;
}

export interface CheckOptions {
  tenantId?: string;
  timeoutMs?: number;
  /** Defaults to the deployment's policy (see base-url.ts). */
  allowPrivate?: boolean;
}

export function result(problems: CheckItem[], warnings: CheckItem[], info: Record<string, unknown>): CheckResult {
  return { ok: problems.length === 0, problems, warnings, info };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The URL guard as a diagnosis instead of an exception. */
export async function checkBaseUrl(baseUrl: string, opts: CheckOptions): Promise<CheckItem | null> {
  try {
    await assertAllowedBaseUrl(baseUrl, { allowPrivate: opts.allowPrivate });
    return null;
  } catch (e) {
    if (e instanceof ApiError) return { code: "invalid_url", message: e.message };
    throw e;
  }
}

/**
 * The generic reading of a failed probe. Credential problems are told apart by each service's
 * check, which knows what its 401 means; here only "can we talk to it at all".
 */
export function diagnose(service: UpstreamService, baseUrl: string, e: unknown): CheckItem {
  const name = serviceLabel[service];
  const host = hostOf(baseUrl);
  if (!(e instanceof UpstreamError)) {
    return {
      code: "unexpected",
      message: `No se pudo comprobar ${name}: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  switch (e.code) {
    case "upstream_unavailable":
      return e.upstreamStatus === undefined
        ? {
            code: "unreachable",
            message: `No se pudo conectar con ${name} en ${host}. Revisa la URL y que el servidor esté encendido y accesible desde internet.`,
          }
        : { code: "unavailable", message: e.message };
    case "upstream_timeout":
      return {
        code: "timeout",
        message: `${name} no respondió a tiempo en ${host}. Revisa la URL o inténtalo de nuevo en unos minutos.`,
      };
    case "upstream_bad_response":
    case "upstream_not_found":
      return {
        code: "not_the_service",
        message: `La URL ${host} no parece ser de ${name}: respondió algo distinto a lo esperado. Revisa la dirección.`,
      };
    case "upstream_rate_limited":
      return { code: "rate_limited", message: e.message };
    default:
      return { code: e.code, message: e.message };
  }
}
