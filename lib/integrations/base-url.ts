import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { env, isProduction } from "@/lib/env";
import { ApiError } from "@/lib/errors";

/** Trims and drops trailing slashes so paths can be appended with `${base}/api/...`. */
export function normalizeBaseUrl(input: string): string {
  return input.trim().replace(/\/+$/, "");
}

// Addresses a tenant's "Chatwoot URL" may reach in production: public unicast only. Our own host, the
// cloud provider's metadata service, internal networks, documentation and reserved ranges are all
// refused (SSRF). ipaddr.js keeps the IANA special-purpose registries; a hand list missed forms.
const ipv4Compatible = ipaddr.IPv6.parseCIDR("::/96"); // deprecated (RFC 4291 §2.5.5.1), still routes to the IPv4
const nat64WellKnown = ipaddr.IPv6.parseCIDR("64:ff9b::/96"); // RFC 6052: the IPv4 sits in the low 32 bits

const ipv4From = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);

/**
 * The IPv4 hosts an IPv6 address reaches: the mapped, translated, NAT64, 6to4 and Teredo forms carry
 * one (Teredo two: its server and, inverted, its client). "opaque" when the IPv4 cannot be located
 * (a local-use NAT64 prefix puts it wherever its operator's prefix length says); undefined for a
 * plain IPv6 address.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4[] | "opaque" | undefined {
  const p = address.parts;
  switch (address.range()) {
    case "ipv4Mapped":
      return [address.toIPv4Address()];
    case "rfc6145":
      return [ipv4From(p[6], p[7])];
    case "rfc6052":
      return address.match(nat64WellKnown) ? [ipv4From(p[6], p[7])] : "opaque";
    case "6to4":
      return [ipv4From(p[1], p[2])];
    case "teredo":
      return [ipv4From(p[2], p[3]), ipv4From(~p[6] & 0xffff, ~p[7] & 0xffff)];
    case "unicast":
      return address.match(ipv4Compatible) ? [ipv4From(p[6], p[7])] : undefined;
    default:
      return undefined;
  }
}

/** True unless the address is public unicast, itself and every IPv4 host it embeds. */
export function isBlockedAddress(address: string): boolean {
  if (!isIP(address) && !isIP(address.replace(/%.*$/, ""))) return true;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return true;
  }
  if (parsed.kind() === "ipv4") return parsed.range() !== "unicast";
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedIpv4(v6);
  if (embedded === "opaque") return true;
  if (embedded) return embedded.some((v4) => v4.range() !== "unicast");
  return v6.range() !== "unicast";
}

type UrlProblem = "url_invalid" | "url_scheme" | "url_credentials" | "url_query" | "url_host_unknown" | "url_private";

function invalid(problem: UrlProblem, details?: { host: string }): ApiError {
  return new ApiError("validation_error", problem, { details, fields: { baseUrl: [problem] } });
}

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

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
    throw invalid("url_invalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalid("url_scheme");
  }
  if (url.username || url.password) {
    throw invalid("url_credentials");
  }
  if (url.search || url.hash) {
    throw invalid("url_query");
  }
  if (allowPrivate) return normalized;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (opts.resolve ?? systemResolver)(host);
    } catch {
      throw invalid("url_host_unknown", { host });
    }
  }
  if (addresses.length === 0 || addresses.some(isBlockedAddress)) {
    throw invalid("url_private");
  }
  return normalized;
}
