// POST /api/auth/sign-up – starts a local account (local auth only): 202 and the same body for a new
// and an existing email, no session. The address gets the link that creates the account (a new
// email) or a notice to sign in (an existing one); POST /api/auth/sign-up/verify uses the link.
import { publicOrigin } from "@/lib/api/public-origin";
import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { signUpSchema } from "@/lib/auth/auth-input";
import { signUp } from "@/lib/auth/local-accounts";
import { assertLocalAuth } from "@/lib/auth/local-auth-enabled";

export const POST = apiRoute({ auth: "public", body: signUpSchema }, async ({ req, body }) => {
  assertLocalAuth();
  return Response.json(await signUp(body, requestMeta(req), publicOrigin(req)), { status: 202 });
});
