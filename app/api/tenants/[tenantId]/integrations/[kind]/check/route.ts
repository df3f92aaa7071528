// POST /api/tenants/{tenantId}/integrations/{kind}/check – "Probar conexión": checks the given settings without saving (admins)
import { apiRoute } from "@/lib/api/route";
import { testIntegration } from "@/lib/integrations/manage-integrations";
import { integrationKindSchema } from "@/lib/integrations/store/connection-schemas";
import { parseConnectionInput } from "@/lib/integrations/store/parse-connection-input";
import { z } from "@/lib/validation";

const params = z.object({ tenantId: z.string(), kind: integrationKindSchema });

export const POST = apiRoute(
  { auth: "tenant", role: "admin", params, body: z.record(z.string(), z.unknown()) },
  async ({ ctx, params, body }) => ({
    check: await testIntegration(ctx, params.kind, parseConnectionInput(params.kind, body)),
  }),
);
