import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

/**
 * The client's address as the outermost trusted proxy saw it. Each proxy appends the address it
 * received from to X-Forwarded-For, and a client may send any list it likes, so only the last
 * `trustedHops` entries were written by our side; the left-most one is the client's own word and
 * would let it escape per-address throttling by changing it on every request. Next fills the header
 * with the socket's address only when it is absent, so without a proxy in front a client still picks
 * its address: per-address limits need one (per-email limits hold either way).
 */
export function clientIp(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
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
