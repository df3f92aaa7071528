import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

/** The Hub's public origin for links and webhook URLs: APP_URL when set, else where the request came in. */
export function publicOrigin(req: NextRequest): string {
  return (env.APP_URL ?? req.nextUrl.origin).replace(/\/+$/, "");
}

/**
 * The same for a Server Action, which sees the request's headers but not its URL: APP_URL when set,
 * else the Host it came in on, with the scheme Next's server recorded in X-Forwarded-Proto.
 */
export function publicOriginOf(headers: Headers): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${headers.get("host") ?? `localhost:${env.PORT}`}`;
}
