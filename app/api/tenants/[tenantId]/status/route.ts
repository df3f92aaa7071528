// GET /api/tenants/{id}/status – the tenant's status, provisioning steps and progress (service key, or a member)
import { apiRoute } from "@/lib/api/route";
import { tenantIdParamsSchema } from "@/lib/onboarding/api-schemas";
import { callerOf, tenantStatus } from "@/lib/onboarding/tenant-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { auth: "user-or-service", params: tenantIdParamsSchema },
  async ({ params, ...caller }) => {
    const status = await tenantStatus(callerOf(caller), params.tenantId);
    return Response.json(status, { headers: { "Cache-Control": "no-store" } });
  },
);
