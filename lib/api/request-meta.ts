import type { NextRequest } from "next/server";

/** Client address and agent for throttling and session records. */
export function requestMeta(req: NextRequest) {
  // Behind a proxy the first x-forwarded-for hop is the client; locally there is none.
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || req.headers.get("x-real-ip") || "local",
    userAgent: req.headers.get("user-agent") ?? undefined,
  };
}
