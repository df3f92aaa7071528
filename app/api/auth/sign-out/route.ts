// POST /api/auth/sign-out – revokes the current session server-side and clears the cookie
import { cookies } from "next/headers";
import { apiRoute } from "@/lib/api/route";
import { assertLocalAuth } from "@/lib/auth/local-auth-enabled";
import { revokeSession } from "@/lib/auth/local-sessions";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

export const POST = apiRoute({ auth: "public" }, async () => {
  assertLocalAuth();
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await revokeSession(token);
  jar.delete(SESSION_COOKIE);
  return new Response(null, { status: 204 });
});
