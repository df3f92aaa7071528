// POST /api/auth/sign-out – revokes the current session server-side and clears the cookie
import { cookies } from "next/headers";
import { apiRoute } from "@/lib/api/route";
import { assertLocalAuth } from "@/lib/auth/local-auth-enabled";
import { revokeSession } from "@/lib/auth/local-sessions";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";

export const POST = apiRoute({ auth: "public" }, async () => {
  assertLocalAuth();
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await revokeSession(token);
  // Cleared with the attributes it was set with: a bare delete() would send the clearing cookie
  // without HttpOnly, SameSite and Secure.
  jar.set(SESSION_COOKIE, "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  return new Response(null, { status: 204 });
});
