import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether the request carries `Authorization: Bearer <SMARTEROS_SERVICE_KEY>`. A bearer that is
 * present but wrong is refused outright (401) rather than falling back to the cookie, so a
 * misconfigured back office fails loudly. Both sides are hashed first so the comparison takes the
 * same time whatever the length of what was sent.
 */
export function hasServiceKey(req: NextRequest): boolean {
  const header = req.headers.get("authorization");
  if (!header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  const expected = env.SMARTEROS_SERVICE_KEY;
  if (!match || !expected || !timingSafeEqual(digest(match[1]), digest(expected))) {
    throw new ApiError("unauthorized", "service_key_invalid");
  }
  return true;
}
