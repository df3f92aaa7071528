import "server-only";
import { isIP } from "node:net";
import { Agent, buildConnector } from "undici";
import { defaultAllowPrivate, isBlockedAddress, type Resolver, systemResolver } from "../base-url";

/**
 * Thrown by the connector when the upstream's host resolves to an address the Hub must not reach.
 * The base URL was checked when it was saved, but the policy may have changed since and a DNS name
 * can answer differently now (rebinding): only the check at connection time holds.
 */
export class BlockedAddressError extends Error {
  readonly code = "UPSTREAM_ADDRESS_BLOCKED";
  constructor(readonly host: string) {
    super(`${host} resolves to an address that is not public`);
    this.name = "BlockedAddressError";
  }
}

export type UpstreamAgent = Agent;

export interface UpstreamAgentOptions {
  /** Defaults to the deployment's policy (ALLOW_PRIVATE_UPSTREAMS, or not production), read per connection. */
  allowPrivate?: boolean;
  /** Tests answer names without a DNS server. */
  resolve?: Resolver;
  /** Tests wait less for idle sockets to close, and reach the origin bound sooner. */
  keepAliveMs?: number;
  maxOrigins?: number;
}

// One keep-alive pool per upstream origin (undici's Agent keeps one Pool per origin and drops it when
// its last socket closes). Bounded: at most CONNECTIONS_PER_ORIGIN sockets to one Chatwoot, Odoo or
// n8n, so one tenant's slow upstream queues its own calls instead of opening sockets without end;
// idle sockets close after KEEP_ALIVE_MS (or sooner if the upstream's Keep-Alive header says so), and
// with them their origin's pool, so tenants that called once leave nothing after that. About
// MAX_ORIGINS origins at once (undici counts an origin out when any of its sockets closes, so the
// bound is approximate): a call to one more fails at once, as an unreachable upstream would (502).
const CONNECTIONS_PER_ORIGIN = 16;
const KEEP_ALIVE_MS = 10_000;
const MAX_ORIGINS = 10_000;
const CONNECT_TIMEOUT_MS = 10_000;

/** Resolves once, refuses if any answer is not allowed, and returns the address to connect to. */
async function checkedAddress(hostname: string, resolve: Resolver, allowPrivate: boolean): Promise<string> {
  const addresses = isIP(hostname) ? [hostname] : await resolve(hostname);
  if (addresses.length === 0) {
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  }
  // Every answer, as at save time: one public and one private answer is the classic trick.
  if (!allowPrivate && addresses.some(isBlockedAddress)) throw new BlockedAddressError(hostname);
  return addresses[0];
}

export function createUpstreamAgent(opts: UpstreamAgentOptions = {}): UpstreamAgent {
  const resolve = opts.resolve ?? systemResolver;
  const connectTo = buildConnector({ timeout: CONNECT_TIMEOUT_MS });
  return new Agent({
    connections: CONNECTIONS_PER_ORIGIN,
    keepAliveTimeout: opts.keepAliveMs ?? KEEP_ALIVE_MS,
    keepAliveMaxTimeout: opts.keepAliveMs ?? KEEP_ALIVE_MS,
    maxOrigins: opts.maxOrigins ?? MAX_ORIGINS,
    // A connector rather than `connect: { lookup }`: net.connect skips a custom lookup for IP
    // literals, and the lookup alone cannot make sure the socket goes to the address it checked.
    // The socket goes to the checked address; `host` keeps the name, so TLS still sends it as SNI
    // and verifies the certificate against it.
    connect: (options, callback) => {
      checkedAddress(options.hostname, resolve, opts.allowPrivate ?? defaultAllowPrivate()).then(
        (address) => connectTo({ ...options, hostname: address }, callback),
        (error: Error) => callback(error, null),
      );
    },
  });
}

const globalForAgent = globalThis as typeof globalThis & { __hubUpstreamAgent?: UpstreamAgent };

/** The process's pool for calls to tenants' upstreams (on globalThis: one per process, not per bundle). */
export function upstreamAgent(): UpstreamAgent {
  globalForAgent.__hubUpstreamAgent ??= createUpstreamAgent();
  return globalForAgent.__hubUpstreamAgent;
}
