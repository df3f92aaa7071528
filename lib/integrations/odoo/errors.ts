import { UpstreamError } from "../upstream-error";

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
      reason: "odoo_unknown_database",
      values: { database: ctx.database },
    });
  }
  if (n.endsWith("AccessDenied") || n.endsWith("Unauthorized") || ctx.status === 401) {
    return new UpstreamError("upstream_unauthorized", "odoo", { ...opts, reason: "odoo_bad_key" });
  }
  if (n.endsWith("AccessError") || ctx.status === 403) {
    return new UpstreamError("upstream_forbidden", "odoo", {
      ...opts,
      reason: "odoo_forbidden",
    });
  }
  if (n.endsWith("KeyError") || n.endsWith("AttributeError") || n.endsWith("MissingError") || n.endsWith("NotFound")) {
    return new UpstreamError("upstream_not_found", "odoo", {
      ...opts,
      reason: "odoo_missing",
    });
  }
  if (/(ValidationError|UserError|ValueError|TypeError)$/.test(n) || ctx.status === 422) {
    return new UpstreamError("unprocessable", "odoo", opts);
  }
  if (n.endsWith("LockError") || ctx.status === 409) return new UpstreamError("conflict", "odoo", opts);
  // A server-side exception: JSON-RPC reports it with HTTP 200, so say 500 as JSON-2 would.
  return new UpstreamError("upstream_unavailable", "odoo", { ...opts, upstreamStatus: ctx.status ?? 500 });
}
