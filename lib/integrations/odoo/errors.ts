import { UpstreamError } from "../upstream-error";

const KEY_HINT =
  "Odoo rechazó la clave API: puede estar mal copiada, revocada o vencida (en Odoo 18+ las claves vencen). Genera una nueva en Preferencias → Seguridad de la cuenta y actualízala en Configuración → Integraciones.";

export const odooMessages = {
  badCredentials:
    "Odoo rechazó el usuario o la clave API. Revisa el usuario (login) y genera una nueva clave si venció o fue revocada.",
  badKey: KEY_HINT,
  unknownDatabase: (db: string) =>
    `La base de datos «${db}» no existe en este servidor Odoo. Revisa el nombre en Configuración → Integraciones.`,
};

/**
 * An Odoo exception (JSON-RPC `error.data.name`, JSON-2 body `name`) → our code. Branching on the
 * Python class is what NOTES.md recommends; the HTTP status is a fallback for JSON-2.
 */
export function odooError(
  name: string | null | undefined,
  message: string | null | undefined,
  ctx: { database: string; status?: number },
): UpstreamError {
  const opts = { upstreamStatus: ctx.status, upstreamMessage: [name, message].filter(Boolean).join(": ") };
  const n = name ?? "";
  const m = message ?? "";
  if (/database .* (does not exist|not found)/i.test(m)) {
    return new UpstreamError("upstream_not_found", "odoo", {
      ...opts,
      message: odooMessages.unknownDatabase(ctx.database),
    });
  }
  if (n.endsWith("AccessDenied") || n.endsWith("Unauthorized") || ctx.status === 401) {
    return new UpstreamError("upstream_unauthorized", "odoo", { ...opts, message: KEY_HINT });
  }
  if (n.endsWith("AccessError") || ctx.status === 403) {
    return new UpstreamError("upstream_forbidden", "odoo", {
      ...opts,
      message: "El usuario de Odoo no tiene permiso para leer estos datos. Pide a un administrador de Odoo el acceso.",
    });
  }
  if (n.endsWith("KeyError") || n.endsWith("AttributeError") || n.endsWith("MissingError") || n.endsWith("NotFound")) {
    return new UpstreamError("upstream_not_found", "odoo", {
      ...opts,
      message:
        "Odoo no tiene el modelo, método o registro pedido. Puede que la versión o los módulos instalados sean otros.",
    });
  }
  if (/(ValidationError|UserError|ValueError|TypeError)$/.test(n) || ctx.status === 422) {
    return new UpstreamError("unprocessable", "odoo", opts);
  }
  if (n.endsWith("LockError") || ctx.status === 409) return new UpstreamError("conflict", "odoo", opts);
  // A server-side exception: JSON-RPC reports it with HTTP 200, so say 500 as JSON-2 would.
  return new UpstreamError("upstream_unavailable", "odoo", { ...opts, upstreamStatus: ctx.status ?? 500 });
}
