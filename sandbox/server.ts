import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { chatwootRouter } from "./chatwoot/index";
import { controlRouter } from "./control";
import { applyFault, takeFault } from "./faults";
import { type Ctx, INVALID_JSON, parseJson, type Reply, type Router, readBody } from "./http";
import { n8nRouter, n8nWebhook } from "./n8n/index";
import { odooRouter } from "./odoo/index";
import type { OdooVersion } from "./odoo/odoo-records";
import { createWorld, DEFAULT_CONVERSATIONS } from "./seed/index";
import { clearTimers, type SandboxConfig, type SandboxState, type ServiceName } from "./state";

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Number of Chatwoot conversations to seed (default 120); other volumes grow with it. */
  scale?: number;
  log?: boolean;
  odooVersion?: OdooVersion;
}

export interface Sandbox {
  url: string;
  port: number;
  close(): Promise<void>;
}

const SERVICES: { prefix: string; name: ServiceName; router: Router }[] = [
  { prefix: "/chatwoot", name: "chatwoot", router: chatwootRouter },
  { prefix: "/odoo", name: "odoo", router: odooRouter },
  { prefix: "/n8n", name: "n8n", router: n8nRouter },
];

const NOT_FOUND: Record<ServiceName | "control", unknown> = {
  chatwoot: { error: "Not Found" },
  odoo: {
    name: "werkzeug.exceptions.NotFound",
    message: "404 Not Found: The requested URL was not found on the server.",
  },
  n8n: { message: "not found" },
  control: { error: "Not Found" },
};

function envOdooVersion(): OdooVersion | undefined {
  const v = Number(process.env.SANDBOX_ODOO_VERSION);
  return v === 17 || v === 18 || v === 19 ? v : undefined;
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload = reply.raw;
  if (payload === undefined) {
    payload = JSON.stringify(reply.body ?? null);
    headers["content-type"] ??= "application/json; charset=utf-8";
  }
  res.writeHead(reply.status, headers).end(payload);
}

async function handle(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox");
  const method = (req.method ?? "GET").toUpperCase();
  let service: ServiceName | "control" | undefined;
  let router: Router | undefined;
  let path = url.pathname;
  if (path === "/__sandbox" || path.startsWith("/__sandbox/")) {
    service = "control";
    router = controlRouter;
    path = path.slice("/__sandbox".length) || "/";
  } else {
    for (const s of SERVICES) {
      if (path === s.prefix || path.startsWith(`${s.prefix}/`)) {
        service = s.name;
        router = s.router;
        path = path.slice(s.prefix.length) || "/";
      }
    }
  }
  if (!service || !router) return send(res, { status: 404, body: NOT_FOUND.control });
  if (service !== "control") {
    const fault = takeFault(state, service, path);
    if (fault && (await applyFault(fault, service, req, res))) return;
  }
  const rawBody = await readBody(req);
  const body = parseJson(rawBody);
  if (body === INVALID_JSON)
    return send(res, {
      status: 400,
      body: service === "n8n" ? { message: "Invalid JSON body" } : { error: "Invalid JSON body" },
    });
  const ctx: Ctx = { method, path, query: url.searchParams, params: {}, body, rawBody, headers: req.headers, state };
  if (service === "n8n" && (path.startsWith("/webhook/") || path.startsWith("/webhook-test/")))
    return send(res, await n8nWebhook(ctx));
  const match = router.match(method, path);
  if (!match || match === "method") return send(res, { status: 404, body: NOT_FOUND[service] });
  ctx.params = match.params;
  send(res, await match.route.handler(ctx));
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const scale = opts.scale ?? DEFAULT_CONVERSATIONS;
  const defaults: SandboxConfig = { odooVersion: opts.odooVersion ?? envOdooVersion() ?? 18, duplicateWebhooks: false };
  const now = () => Date.now();
  const state: SandboxState = {
    world: createWorld(now(), scale),
    scale,
    config: { ...defaults },
    defaults,
    faults: [],
    sent: [],
    webhooks: [],
    nextWebhookId: 1,
    deliveries: [],
    timers: new Set(),
    now,
    log: opts.log ?? false,
  };
  const server = createServer((req, res) => {
    const started = Date.now();
    if (state.log)
      res.on("finish", () =>
        console.log(`[sandbox] ${req.method} ${req.url} → ${res.statusCode} ${Date.now() - started}ms`),
      );
    handle(state, req, res).catch((err: unknown) => {
      console.error("[sandbox] handler failed", err);
      send(res, { status: 500, body: { error: "sandbox internal error" } });
    });
  });
  // Keep-alive sockets from clients would otherwise hold close() open.
  server.keepAliveTimeout = 1_000;
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 4100, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimers(state);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
