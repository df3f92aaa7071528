import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { SandboxState } from "./state";

/** What a handler returns; the server turns it into an HTTP response. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent verbatim instead of JSON-encoding `body`. */
  raw?: string;
}

export interface Ctx {
  method: string;
  /** Path inside the service, e.g. `/api/v1/profile` for `/chatwoot/api/v1/profile`. */
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  rawBody: string;
  headers: IncomingHttpHeaders;
  state: SandboxState;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

export interface Route {
  method: string;
  /** OpenAPI-style template (`{id}` for parameters) so the table can be checked against the specs. */
  path: string;
  handler: Handler;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(readonly routes: Route[]) {
    this.compiled = routes.map((r) => {
      const names: string[] = [];
      const pattern = r.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, n: string) => {
        names.push(n);
        return "([^/]+)";
      });
      return { ...r, regex: new RegExp(`^${pattern}/?$`), names };
    });
  }

  /** A literal segment beats a parameter (`/contacts/search` before `/contacts/{id}`), as in Rails. */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | "method" | null {
    let pathMatched = false;
    const hits: { route: CompiledRoute; params: Record<string, string> }[] = [];
    for (const r of this.compiled) {
      const m = r.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1]);
      });
      hits.push({ route: r, params });
    }
    if (hits.length === 0) return pathMatched ? "method" : null;
    hits.sort((a, b) => a.route.names.length - b.route.names.length);
    return hits[0];
  }
}

const MAX_BODY = 5 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Body parsed as JSON; `undefined` for an empty body, the `invalid` marker when unparsable. */
export const INVALID_JSON = Symbol("invalid-json");

export function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return INVALID_JSON;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function bodyObject(ctx: Ctx): Record<string, unknown> {
  return isRecord(ctx.body) ? ctx.body : {};
}

export function intParam(v: string | null | undefined): number | undefined {
  if (v == null || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}
