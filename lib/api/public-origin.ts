import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

/** The Hub's public origin for links and webhook URLs: APP_URL when set, else where the request came in. */
export function publicOrigin(req: NextRequest): string {
  return (env.APP_URL ?? req.nextUrl.origin).replace(/\/+$/, "");
}
