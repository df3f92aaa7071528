import { type Dispatcher, fetch, type Response } from "undici";
import { log } from "@/lib/log";
import { span, spanSync } from "@/lib/server-timing";
import type { z } from "@/lib/validation";
import { codeForStatus, UpstreamError, type UpstreamService } from "../upstream-error";
import { discardBody, readCappedText } from "./body";
import { withDeadline } from "./deadline";
import { errorFromThrown, isRetryableThrown } from "./network";
import { backoffDelay, parseRetryAfter, sleep } from "./retry";
import { upstreamAgent } from "./upstream-agent";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface UpstreamRequest<T> {
  service: UpstreamService;
  /** Stable name for logs and metrics, e.g. "conversations.list". */
  operation: string;
  tenantId?: string;
  url: string;
  method: HttpMethod;
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  body?: unknown;
  schema?: z.ZodType<T>;
  timeoutMs?: number;
  /** Extra attempts for idempotent requests (default 2). Ignored for writes: they are never retried. */
  retries?: number;
  /** Marks a POST that only reads (Odoo's read RPCs) as safe to retry. GETs always are. */
  idempotent?: boolean;
  maxBytes?: number;
  /** "any" returns non-JSON bodies as text instead of failing (n8n webhooks answer whatever the flow says). */
  accept?: "json" | "any";
  /** Service-specific reading of an error response; return undefined for the generic mapping. */
  mapError?: (status: number, body: unknown) => UpstreamError | undefined;
  backoff?: { baseMs: number; maxMs: number };
  /** Longest Retry-After we wait for inside one call; longer ones surface as upstream_rate_limited. */
  retryAfterCapS?: number;
  /** The connection pool; the process's upstream pool (upstream-agent.ts) unless a test brings its own. */
  dispatcher?: Dispatcher;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  maxBytes: 5 * 1024 * 1024,
  backoff: { baseMs: 200, maxMs: 2_000 },
  retryAfterCapS: 5,
  maxRedirects: 3,
};
const ERROR_BODY_BYTES = 64 * 1024;

interface Outcome<T> {
  ok: true;
  data: T;
  status: number;
}
interface Failure {
  ok: false;
  error: UpstreamError;
  retryable: boolean;
  waitMs?: number;
}

function parseBody(text: string, accept: "json" | "any", service: UpstreamService): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    if (accept === "any") return text;
    throw new UpstreamError("upstream_bad_response", service, { upstreamMessage: "invalid JSON", cause: e });
  }
}

function validate<T>(req: UpstreamRequest<T>, value: unknown): T {
  if (!req.schema) return value as T;
  const parsed = req.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => i.path.join(".") || "(raíz)")
    .join(", ");
  throw new UpstreamError("upstream_bad_response", req.service, {
    upstreamMessage: `unexpected shape at ${where}`,
    cause: parsed.error,
  });
}

/** One HTTP exchange, following same-origin redirects only. */
async function fetchFollowing(req: UpstreamRequest<unknown>, signal: AbortSignal): Promise<Response> {
  let url = new URL(req.url);
  const origin = url.origin;
  let method: HttpMethod = req.method;
  let body = req.body === undefined ? undefined : JSON.stringify(req.body);
  const headers: Record<string, string> = { accept: "application/json", ...req.headers };
  if (body !== undefined) headers["content-type"] ??= "application/json";
  // undici's own fetch with its own Agent: the platform's fetch may bundle another undici major,
  // whose dispatcher interface an npm Agent does not match.
  const dispatcher = req.dispatcher ?? upstreamAgent();
  for (let hop = 0; ; hop++) {
    const res = await fetch(url, { method, headers, body, signal, redirect: "manual", dispatcher });
    if (res.status < 300 || res.status >= 400 || res.status === 304) return res;
    await discardBody(res);
    const location = res.headers.get("location");
    const next = location ? new URL(location, url) : undefined;
    // Credentials ride in headers: a redirect to another origin would hand them over, so never follow it.
    if (!next || next.origin !== origin || hop >= DEFAULTS.maxRedirects) {
      throw new UpstreamError("upstream_bad_response", req.service, {
        upstreamStatus: res.status,
        upstreamMessage: next && next.origin !== origin ? "redirect to another origin" : "too many redirects",
      });
    }
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
      delete headers["content-type"];
    }
    url = next;
  }
}

async function errorFromResponse(req: UpstreamRequest<unknown>, res: Response): Promise<Failure> {
  let body: unknown;
  try {
    body = parseBody(await readCappedText(res, ERROR_BODY_BYTES), "any", req.service);
  } catch {
    body = undefined;
  }
  const retryAfter = parseRetryAfter(res.headers.get("retry-after"));
  const mapped = req.mapError?.(res.status, body);
  const error =
    mapped ??
    new UpstreamError(codeForStatus(res.status), req.service, {
      upstreamStatus: res.status,
      retryAfter: res.status === 429 ? retryAfter : undefined,
      upstreamMessage: upstreamText(body),
    });
  const transient = res.status === 429 || res.status >= 500;
  if (res.status === 429 && retryAfter !== undefined) {
    const cap = req.retryAfterCapS ?? DEFAULTS.retryAfterCapS;
    return { ok: false, error, retryable: retryAfter <= cap, waitMs: retryAfter * 1000 };
  }
  return { ok: false, error, retryable: transient };
}

/** A short explanation from the usual error body shapes, for details only. */
export function upstreamText(body: unknown): string | undefined {
  if (typeof body === "string") return body.startsWith("<") ? undefined : body.slice(0, 300);
  if (!body || typeof body !== "object") return undefined;
  const b = body as Record<string, unknown>;
  for (const key of ["message", "error", "description"]) if (typeof b[key] === "string") return b[key] as string;
  if (Array.isArray(b.errors) && typeof b.errors[0] === "string") return b.errors[0];
  return undefined;
}

async function attempt<T>(req: UpstreamRequest<T>): Promise<Outcome<T> | Failure> {
  try {
    // The deadline covers the whole exchange, body included, and is released when it ends.
    return await withDeadline(req.timeoutMs ?? DEFAULTS.timeoutMs, async (signal): Promise<Outcome<T> | Failure> => {
      const res = await span("upstream", () => fetchFollowing(req as UpstreamRequest<unknown>, signal));
      if (!res.ok) return await errorFromResponse(req as UpstreamRequest<unknown>, res);
      const text = await span("upstream_body", () => readCappedText(res, req.maxBytes ?? DEFAULTS.maxBytes));
      const data = spanSync("decode", () => validate(req, parseBody(text, req.accept ?? "json", req.service)));
      return { ok: true, data, status: res.status };
    });
  } catch (e) {
    return { ok: false, error: errorFromThrown(req.service, e), retryable: isRetryableThrown(e) };
  }
}

/**
 * The one way the Hub calls Chatwoot, Odoo and n8n: a deadline on every attempt, retries only for
 * requests that cannot change anything twice, errors mapped to upstream_* codes, one log line per call.
 */
export async function upstreamRequest<T = unknown>(req: UpstreamRequest<T>): Promise<T> {
  const idempotent = req.method === "GET" || req.idempotent === true;
  const maxAttempts = 1 + (idempotent ? Math.max(0, req.retries ?? DEFAULTS.retries) : 0);
  const started = Date.now();
  let attempts = 0;
  let outcome: Outcome<T> | Failure;
  for (;;) {
    attempts++;
    outcome = await attempt(req);
    if (outcome.ok || !outcome.retryable || attempts >= maxAttempts) break;
    const backoff = backoffDelay(attempts, req.backoff ?? DEFAULTS.backoff);
    await sleep(outcome.waitMs !== undefined ? Math.max(outcome.waitMs, backoff) : backoff);
  }
  const fields = {
    service: req.service,
    operation: req.operation,
    tenantId: req.tenantId,
    method: req.method,
    // Host only: paths can hold webhook secrets and queries search terms or keys.
    host: new URL(req.url).host,
    status: outcome.ok ? outcome.status : outcome.error.upstreamStatus,
    ms: Date.now() - started,
    attempts,
  };
  if (outcome.ok) {
    log.info("upstream call", fields);
    return outcome.data;
  }
  log.warn("upstream call failed", { ...fields, code: outcome.error.code });
  throw outcome.error;
}
