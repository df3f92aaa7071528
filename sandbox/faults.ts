import type { IncomingMessage, ServerResponse } from "node:http";
import type { Fault, SandboxState, ServiceName } from "./state";

export const FAULT_MODES = ["delay", "status", "malformed", "reset", "hang"] as const;
export const FAULT_STATUSES = [429, 500, 502, 503, 504];

/** `route` is a substring of the path inside the service, or a regular expression when it is not one. */
export function routeMatches(route: string | undefined, path: string): boolean {
  if (!route) return true;
  if (path.includes(route)) return true;
  try {
    return new RegExp(route).test(path);
  } catch {
    return false;
  }
}

export function validateFault(input: Record<string, unknown>): Fault | string {
  const service = input.service;
  if (service !== "chatwoot" && service !== "odoo" && service !== "n8n") return "service must be chatwoot, odoo or n8n";
  const mode = input.mode;
  if (typeof mode !== "string" || !(FAULT_MODES as readonly string[]).includes(mode))
    return `mode must be one of ${FAULT_MODES.join(", ")}`;
  const fault: Fault = { service, mode: mode as Fault["mode"] };
  if (input.route !== undefined) {
    if (typeof input.route !== "string") return "route must be a string";
    fault.route = input.route;
  }
  if (mode === "delay") {
    if (typeof input.ms !== "number" || input.ms < 0) return "delay needs ms >= 0";
    fault.ms = input.ms;
  }
  if (mode === "status") {
    if (typeof input.status !== "number" || !FAULT_STATUSES.includes(input.status))
      return `status must be one of ${FAULT_STATUSES.join(", ")}`;
    fault.status = input.status;
    if (input.status === 429) fault.retryAfter = typeof input.retryAfter === "number" ? input.retryAfter : 30;
  }
  if (input.times !== undefined) {
    if (typeof input.times !== "number" || input.times < 1) return "times must be a positive number";
    fault.times = Math.trunc(input.times);
  }
  return fault;
}

/** First matching fault, consuming one use of it. */
export function takeFault(state: SandboxState, service: ServiceName, path: string): Fault | undefined {
  const i = state.faults.findIndex((f) => f.service === service && routeMatches(f.route, path));
  if (i < 0) return undefined;
  const fault = state.faults[i];
  if (fault.times !== undefined && --fault.times <= 0) state.faults.splice(i, 1);
  return fault;
}

const REASONS: Record<number, string> = {
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** Bodies shaped like what sits in front of each service: the app itself for 500/429, a proxy for 502-504. */
function statusBody(service: ServiceName, status: number): { type: string; body: string } {
  const reason = REASONS[status];
  if (status >= 502)
    return {
      type: "text/html",
      body: `<html><head><title>${status} ${reason}</title></head><body><center><h1>${status} ${reason}</h1></center><hr><center>nginx</center></body></html>\n`,
    };
  // rack-attack's throttled response is plain text.
  if (service === "chatwoot" && status === 429) return { type: "text/plain", body: "Retry later\n" };
  if (service === "chatwoot") return { type: "application/json", body: JSON.stringify({ status, error: reason }) };
  if (service === "n8n") return { type: "application/json", body: JSON.stringify({ message: reason }) };
  return {
    type: "application/json",
    body: JSON.stringify({
      name: "werkzeug.exceptions.InternalServerError",
      message: reason,
      arguments: [reason],
      context: {},
      debug: "",
    }),
  };
}

/**
 * Applies a fault. Returns true when the fault produced (or withheld) the response, false when the
 * request should go on to the real handler (after a delay).
 */
export async function applyFault(
  fault: Fault,
  service: ServiceName,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  switch (fault.mode) {
    case "delay":
      await new Promise((r) => setTimeout(r, fault.ms ?? 0));
      return false;
    case "status": {
      const status = fault.status ?? 500;
      const { type, body } = statusBody(service, status);
      const headers: Record<string, string> = { "content-type": type };
      if (status === 429) headers["retry-after"] = String(fault.retryAfter ?? 30);
      res.writeHead(status, headers).end(body);
      return true;
    }
    case "malformed":
      res
        .writeHead(200, { "content-type": "application/json; charset=utf-8" })
        .end('{"data": {"payload": [{"id": 1, "content": "trunc');
      return true;
    case "reset":
      req.socket.resetAndDestroy();
      return true;
    case "hang":
      // Leave the request open; server.close() tears such sockets down.
      return true;
  }
}
