import { env, isProduction } from "@/lib/env";

export const SESSION_COOKIE = "hub_session";
export const SESSION_DAYS = 30;

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: isProduction && !env.INSECURE_COOKIES,
    path: "/",
    expires,
  };
}
