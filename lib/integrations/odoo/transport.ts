import { z } from "@/lib/validation";
import type { ClientOptions } from "../http/client-options";
import { upstreamRequest } from "../http/request";
import { fillPath } from "../http/route";
import { UpstreamError } from "../upstream-error";
import { odooError } from "./errors";
import { jsonRpcEnvelope, odooErrorData } from "./odoo-payloads";
import { ODOO_READ_METHODS, odooRoutes } from "./routes";

export interface OdooConnection {
  baseUrl: string;
  database: string;
  login: string;
  apiKey: string;
}

export interface Call {
  model: string;
  method: string;
  ids?: number[];
  /** Named arguments; both transports accept them. */
  kwargs: Record<string, unknown>;
  context?: Record<string, unknown>;
}

function parseResult<T>(schema: z.ZodType<T>, value: unknown, operation: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UpstreamError("upstream_bad_response", "odoo", {
    upstreamMessage: `unexpected result of ${operation}`,
    cause: parsed.error,
  });
}

let rpcId = 0;

/** `POST /jsonrpc` (17, 18; deprecated in 19): errors come with HTTP 200 inside the envelope. */
export async function jsonRpc<T>(
  base: string,
  conn: OdooConnection,
  opts: ClientOptions,
  call: { service: "common" | "object"; method: string; args: unknown[]; operation: string; idempotent: boolean },
  schema: z.ZodType<T>,
): Promise<T> {
  const envelope = await upstreamRequest({
    service: "odoo",
    operation: call.operation,
    tenantId: opts.tenantId,
    url: `${base}${odooRoutes.jsonrpc.path}`,
    method: odooRoutes.jsonrpc.method,
    body: {
      jsonrpc: "2.0",
      method: "call",
      id: ++rpcId,
      params: { service: call.service, method: call.method, args: call.args },
    },
    schema: jsonRpcEnvelope,
    idempotent: call.idempotent,
    timeoutMs: opts.timeoutMs,
    retries: opts.retries,
    backoff: opts.backoff,
    maxBytes: opts.maxBytes,
  });
  if (envelope.error) {
    const data = envelope.error.data;
    throw odooError(data?.name, data?.message ?? envelope.error.message, { database: conn.database });
  }
  return parseResult(schema, envelope.result, call.operation);
}

/** `POST /json/2/<model>/<method>` (19+): bearer key, named arguments, bare results, HTTP statuses. */
export function json2<T>(
  base: string,
  conn: OdooConnection,
  opts: ClientOptions,
  call: Call,
  schema: z.ZodType<T>,
): Promise<T> {
  const path = fillPath(odooRoutes.json2.path, { model: call.model, method: call.method });
  return upstreamRequest({
    service: "odoo",
    operation: `${call.model}.${call.method}`,
    tenantId: opts.tenantId,
    url: `${base}${path}`,
    method: odooRoutes.json2.method,
    headers: { Authorization: `bearer ${conn.apiKey}`, "X-Odoo-Database": conn.database },
    body: {
      ...call.kwargs,
      ...(call.ids ? { ids: call.ids } : {}),
      ...(call.context ? { context: call.context } : {}),
    },
    schema,
    idempotent: ODOO_READ_METHODS.has(call.method),
    timeoutMs: opts.timeoutMs,
    retries: opts.retries,
    backoff: opts.backoff,
    maxBytes: opts.maxBytes,
    mapError: (status, body) => {
      // 429 and a proxy's 502-504 keep the generic mapping (Retry-After, "not available").
      if (![401, 403, 404, 409, 422, 500].includes(status)) return undefined;
      const parsed = odooErrorData.safeParse(body);
      const data = parsed.success ? parsed.data : {};
      return odooError(data.name, data.message, { database: conn.database, status });
    },
  });
}

export const uidSchema = z.union([z.number().int(), z.literal(false)]);
