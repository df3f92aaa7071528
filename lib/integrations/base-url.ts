import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env, isProduction } from "@/lib/env";
import { ApiError } from "@/lib/errors";

/** Trims and drops trailing slashes so paths can be appended with `${base}/api/...`. */
export function normalizeBaseUrl(input: string): string {
  return input.trim().replace(/\/+$/, "");
}

// Addresses a tenant's "Chatwoot URL" must not point at in production: our own host, the cloud
// provider's metadata service and internal networks (SSRF).
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** `::ffff:10.0.0.1` and `::ffff:a00:1` reach the IPv4 host they embed. */
function embeddedIpv4(address: string): string | undefined {
  const m = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!m) return undefined;
  if (isIP(m[1]) === 4) return m[1];
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(m[1]);
  if (!hex) return undefined;
  const hi = Number.parseInt(hex[1], 16);
  const lo = Number.parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    return v4 !== undefined ? blocked.check(v4, "ipv4") : blocked.check(address, "ipv6");
  }
  return true;
}

function invalid(message: string): ApiError {
  return new ApiError("validation_error", message, { details: { fieldErrors: { baseUrl: [message] } } });
}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

export interface BaseUrlOptions {
  /** Self-hosted installs reach Chatwoot/Odoo/n8n on their own network. */
  allowPrivate?: boolean;
  resolve?: Resolver;
}

export const defaultAllowPrivate = (): boolean => env.ALLOW_PRIVATE_UPSTREAMS || !isProduction;

/**
 * Refuses URLs the Hub must not call on a tenant's behalf. Returns the normalised URL.
 * Checks every address the name resolves to, since one public and one private answer is the classic trick.
 */
export async function assertAllowedBaseUrl(input: string, opts: BaseUrlOptions = {}): Promise<string> {
  const allowPrivate = opts.allowPrivate ?? defaultAllowPrivate();
  const normalized = normalizeBaseUrl(input);
  let url: URL;
  try {
    url = new URL(normalized);
  } catch {
    throw invalid("La URL no es válida. Escríbela completa, por ejemplo https://chat.tuempresa.cl.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalid("La URL debe comenzar con https:// (o http://).");
  }
  if (url.username || url.password) {
    throw invalid("La URL no puede incluir usuario ni contraseña; ingresa las credenciales en sus campos.");
  }
  if (url.search || url.hash) {
    throw invalid("La URL base no puede incluir parámetros (?…) ni fragmentos (#…).");
  }
  if (allowPrivate) return normalized;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (opts.resolve ?? systemResolver)(host);
    } catch {
      throw invalid(`No se encontró el servidor «${host}». Revisa que la dirección esté bien escrita.`);
    }
  }
  if (addresses.length === 0 || addresses.some(isBlockedAddress)) {
    throw invalid(
      "La URL apunta a una dirección interna o privada, que no está permitida. Usa la dirección pública del servicio.",
    );
  }
  return normalized;
}
