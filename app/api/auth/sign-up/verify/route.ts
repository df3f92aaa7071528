// POST /api/auth/sign-up/verify {token, password} – the emailed link's token, with the password chosen at
// sign-up, creates the account and signs it in
// (local auth only): single use, 24 hours, the newest link of an address only
import { cookies } from "next/headers";
import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { signUpVerifySchema } from "@/lib/auth/auth-input";
import { verifySignUp } from "@/lib/auth/local-accounts";
import { assertLocalAuth } from "@/lib/auth/local-auth-enabled";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";

export const POST = apiRoute({ auth: "public", body: signUpVerifySchema }, async ({ req, body }) => {
  assertLocalAuth();
  const { identity, session, next } = await verifySignUp(body, requestMeta(req));
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  return Response.json({ user: identity, next }, { status: 201 });
});
