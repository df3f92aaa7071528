// POST /api/auth/sign-up – creates a local account and signs it in (local auth only)
import { cookies } from "next/headers";
import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { signUp } from "@/lib/auth/local-accounts";
import { assertLocalAuth } from "@/lib/auth/local-auth-enabled";
import { signUpSchema } from "@/lib/auth/schemas";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";

export const POST = apiRoute({ auth: "public", body: signUpSchema }, async ({ req, body }) => {
  assertLocalAuth();
  const { identity, session } = await signUp(body, requestMeta(req));
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  return Response.json({ user: identity }, { status: 201 });
});
