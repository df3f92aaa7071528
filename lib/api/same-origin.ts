import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { forbidden } from "@/lib/errors";

const readOnlyMethods = new Set(["GET", "HEAD", "OPTIONS"]);

const crossSite = () => forbidden("cross_site");

/**
 * A browser sends the Hub's cookie with every request to it, whichever site started the request, so
 * a write (POST, PUT, PATCH, DELETE) is refused unless it comes from the Hub's own pages. Public
 * routes too: a cross-site sign-in would put the victim in the attacker's account (login CSRF), and a
 * cross-site sign-out is a nuisance anyone could embed.
 *
 * - `Sec-Fetch-Site` (every current browser sends it, and no page can set it): anything but
 *   `same-origin` (or `none`, a request the user started from the address bar) is refused.
 * - `Origin`: browsers send it on every non-GET request, same-origin ones included, and a page cannot
 *   forge it. It must name this host. `null` (sandboxed frames, cross-origin redirects, `file:`) and
 *   anything that is not exactly `scheme://host[:port]` is refused with a 403, never parsed into a 500.
 * - Neither header: the caller is not a browser (curl, n8n, the back office, Chatwoot's signed
 *   webhooks). Such a client holds no victim's cookie to ride on, so there is nothing to forge, and
 *   refusing it would only break the server-to-server callers.
 */
export function assertSameOrigin(req: NextRequest) {
  if (readOnlyMethods.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") throw crossSite();
  const origin = req.headers.get("origin");
  if (origin === null) return;
  const host = hostOf(origin);
  if (!host || !ownHosts(req).has(host)) throw crossSite();
}

/** The host of a well-formed Origin header, or null. */
function hostOf(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // A browser writes the serialized origin and nothing more: a path, credentials or a trailing dot
  // that the parser would drop mean someone else wrote it.
  return url.origin === origin ? url.host : null;
}

/**
 * The names this Hub answers to: the Host the request came in on, what a proxy in front says it was
 * (no cross-site page can set either header without a CORS preflight, which the Hub never grants),
 * and the configured public URL.
 */
function ownHosts(req: NextRequest): Set<string> {
  const hosts = new Set<string>([req.nextUrl.host]);
  const host = req.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  for (const forwarded of (req.headers.get("x-forwarded-host") ?? "").split(",")) {
    if (forwarded.trim()) hosts.add(forwarded.trim().toLowerCase());
  }
  if (env.APP_URL) hosts.add(new URL(env.APP_URL).host);
  return hosts;
}
