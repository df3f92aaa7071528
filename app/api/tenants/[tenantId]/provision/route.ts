// POST /api/tenants/{id}/provision – starts (or retries) provisioning; 202 with where to poll.
// Allowed with the service key, the tenant's admin session, or {token} from the confirmation link
// (which also confirms the signup and signs the new account in).
import { cookies } from "next/headers";
import { publicOrigin } from "@/lib/api/public-origin";
import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { createSession } from "@/lib/auth/local-sessions";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { clerkEnabled } from "@/lib/env";
import { provisionBodySchema, tenantIdParamsSchema } from "@/lib/onboarding/api-schemas";
import { confirmAndProvision } from "@/lib/onboarding/signup-api";
import { callerOf, provisionTenant } from "@/lib/onboarding/tenant-api";

export const POST = apiRoute(
  { auth: "optional-caller", params: tenantIdParamsSchema, body: provisionBodySchema },
  async ({ req, params, body, ...caller }) => {
    const { tenantId } = params;
    const origin = publicOrigin(req);
    const statusUrl = `/api/tenants/${tenantId}/status`;
    if (body.token && !caller.service) {
      const meta = requestMeta(req);
      const confirmed = await confirmAndProvision({ tenantId, token: body.token }, origin, meta.ip);
      if (confirmed.newUser && !clerkEnabled) {
        const session = await createSession(confirmed.newUser.userId, meta);
        (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
      }
      return Response.json(
        {
          tenant: { id: tenantId, slug: confirmed.slug },
          status: confirmed.status,
          statusUrl,
          signedIn: Boolean(confirmed.newUser),
        },
        { status: 202 },
      );
    }
    const { status } = await provisionTenant(callerOf(caller), tenantId, origin);
    return Response.json({ tenant: { id: tenantId }, status, statusUrl }, { status: 202 });
  },
);
