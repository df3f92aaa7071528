import { type Sandbox, type SandboxOptions, startSandbox } from "../server";

export const CW_TOKEN = "sandbox-chatwoot-token";
export const CW_AGENT_TOKEN = "sandbox-chatwoot-agent-token";
export const N8N_KEY = "sandbox-n8n-key";
export const ODOO_KEY = "sandbox-odoo-key";

export interface Response {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  body: any;
}

export function start(opts: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, ...opts });
}

export async function request(
  base: string,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<Response> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(opts.body !== undefined ? { "content-type": "application/json" } : {}), ...opts.headers },
    body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
    signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, text, body };
}

export function chatwoot(sb: Sandbox, token = CW_TOKEN) {
  return (method: string, path: string, body?: unknown) =>
    request(sb.url, method, `/chatwoot${path}`, { headers: { api_access_token: token }, body });
}

export function n8n(sb: Sandbox) {
  return (method: string, path: string, body?: unknown) =>
    request(sb.url, method, `/n8n${path}`, { headers: { "X-N8N-API-KEY": N8N_KEY }, body });
}

export function control(sb: Sandbox) {
  return (method: string, path: string, body?: unknown) => request(sb.url, method, `/__sandbox${path}`, { body });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
