import type { NextRequest } from "next/server";
import { env, isProduction } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";

// Links the Hub mails (sign-up, invitations) and webhook URLs it registers upstream carry secrets, so
// their origin must be the Hub's own. APP_URL says what that is. Without it the request's Host is
// used, which whoever sends the request chooses: in production that would let anyone have a victim
// mailed a link to another site, token and all. So in production without APP_URL only a loopback Host
// (a local production build, the tests) is taken, and anything else is refused until APP_URL is set.
const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

function requestOrigin(origin: string): string {
  const hostname = URL.canParse(origin) ? new URL(origin).hostname : null;
  if (isProduction && !(hostname && loopbackHosts.has(hostname))) {
    log.error("APP_URL is not set: links and webhook URLs cannot be built from the request's Host", { origin });
    throw new ApiError("unavailable", "app_url_missing");
  }
  return origin;
}

/**
 * The Hub's public origin for links and webhook URLs: APP_URL when set, else the Host the request came
 * in on (not `req.nextUrl`, which `next start` builds from the address it listens on).
 */
export function publicOrigin(req: NextRequest): string {
  return publicOriginOf(req.headers, req.nextUrl.origin);
}

/**
 * The same for a Server Action, which sees the request's headers but not its URL: APP_URL when set,
 * else the Host it came in on, with the scheme Next's server recorded in X-Forwarded-Proto.
 */
export function publicOriginOf(headers: Headers, fallback = `http://localhost:${env.PORT}`): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  const host = headers.get("host");
  if (!host) return requestOrigin(fallback);
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return requestOrigin(`${proto}://${host}`);
}
