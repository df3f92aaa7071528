// GET /api/tenants – service key: every tenant, paginated; a user: their own tenants with their role
// POST /api/tenants – {rut, legalName, email, phone, plan}: a `preparing` tenant (service key or a user;
//   Idempotency-Key honoured); a user's {legalName, slug?}: an active workspace they administer
import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { unauthorized } from "@/lib/errors";
import { tenantListQuerySchema } from "@/lib/onboarding/api-schemas";
import { tenantRegistrationSchema } from "@/lib/onboarding/registration-input";
import { createPreparingTenant, listAllTenants } from "@/lib/onboarding/tenant-api";
import { createWorkspace } from "@/lib/tenancy/create-workspace";
import { listMyTenants } from "@/lib/tenancy/memberships";
import { createWorkspaceSchema } from "@/lib/tenancy/workspace-input";
import { z } from "@/lib/validation";

export const GET = apiRoute(
  { auth: "user-or-service", query: tenantListQuerySchema },
  async ({ identity, service, query }) => {
    if (service) return listAllTenants(query.page, query.pageSize);
    return { data: identity ? await listMyTenants(identity) : [] };
  },
);

export const POST = apiRoute(
  { auth: "user-or-service", body: z.record(z.string(), z.unknown()) },
  async ({ req, identity, service, body }) => {
    const key = req.headers.get("idempotency-key");
    if (service) {
      return createPreparingTenant({ service }, tenantRegistrationSchema.parse(body), key, publicOrigin(req));
    }
    if (!identity) throw unauthorized();
    // A user's back-office body is recognised by its RUT; without one they create a workspace.
    if ("rut" in body) {
      return createPreparingTenant({ identity }, tenantRegistrationSchema.parse(body), key, publicOrigin(req));
    }
    // The quick page has no plan picker (plans are chosen in /onboarding): Basic, so a team fits.
    const tenant = await createWorkspace(identity, { ...createWorkspaceSchema.parse(body), plan: "basic" });
    return Response.json({ tenant }, { status: 201 });
  },
);
