// POST /api/auth/sign-in – checks email and password, throttled, and starts a session (local auth only)
import { cookies } from "next/headers";
import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { signInSchema } from "@/lib/auth/auth-input";
import { signIn } from "@/lib/auth/local-accounts";
import { assertLocalAuth } from "@/lib/auth/local-auth-enabled";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";

export const POST = apiRoute({ auth: "public", body: signInSchema }, async ({ req, body }) => {
  assertLocalAuth();
  const { identity, session } = await signIn(body, requestMeta(req));
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  return { user: identity };
});
