// GET /api/tenants/{id}/outbox – the messages queued for a tenant, confirmation links included (service key only)
import { apiRoute } from "@/lib/api/route";
import { forbidden } from "@/lib/errors";
import { tenantIdParamsSchema } from "@/lib/onboarding/api-schemas";
import { listTenantOutbox } from "@/lib/onboarding/tenant-api";

export const GET = apiRoute({ auth: "user-or-service", params: tenantIdParamsSchema }, async ({ params, service }) => {
  // The links sign a customer in: only the back office (and the tests standing in for it) reads them.
  if (!service) throw forbidden("back_office_only");
  return listTenantOutbox(params.tenantId);
});
