// PUT /api/tenants/{tenantId}/integrations/{chatwoot|odoo|n8n} – save a connection (admins); returns it masked with its check
// DELETE /api/tenants/{tenantId}/integrations/{chatwoot|odoo|n8n} – disconnect (admins)

import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { connectIntegration, disconnectIntegration } from "@/lib/integrations/manage-integrations";
import { integrationKindSchema } from "@/lib/integrations/store/connection-schemas";
import { parseConnectionInput } from "@/lib/integrations/store/parse-connection-input";
import { z } from "@/lib/validation";

const params = z.object({ tenantId: z.string(), kind: integrationKindSchema });

export const PUT = apiRoute(
  { auth: "tenant", role: "admin", params, body: z.record(z.string(), z.unknown()) },
  async ({ ctx, params, body, req }) => {
    const input = parseConnectionInput(params.kind, body);
    return connectIntegration(ctx, params.kind, input, publicOrigin(req));
  },
);

export const DELETE = apiRoute({ auth: "tenant", role: "admin", params }, async ({ ctx, params }) => {
  await disconnectIntegration(ctx, params.kind);
  return new Response(null, { status: 204 });
});
