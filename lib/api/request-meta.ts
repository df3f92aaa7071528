import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "./socket-address";

/**
 * The client's address for per-address throttling. With no proxy in front (`TRUSTED_PROXY_HOPS=0`,
 * the default) it is the TCP peer, stamped on the request by `installSocketAddressStamp`: every
 * header a client sends, X-Forwarded-For and X-Real-IP included, is its own word and would let it
 * escape the limit by changing it on each request. Behind proxies, each one appends the address it
 * received from to X-Forwarded-For, so only the last `trustedHops` entries were written by our side.
 */
export function clientIp(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  if (trustedHops === 0) return headers.get(SOCKET_ADDRESS_HEADER) || "local";
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  // A shorter list than the proxies we expect came from fewer of them: its first entry is still ours.
  const ip = hops.length > 0 ? hops[Math.max(0, hops.length - trustedHops)] : undefined;
  return ip || headers.get("x-real-ip") || "local";
}

/** Client address and agent for throttling and session records. */
export function requestMeta(req: Pick<NextRequest, "headers">) {
  return {
    ip: clientIp(req.headers),
    userAgent: req.headers.get("user-agent") ?? undefined,
  };
}
