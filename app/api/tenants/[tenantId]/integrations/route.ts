// GET /api/tenants/{tenantId}/integrations – Chatwoot, Odoo and n8n for this tenant, secrets masked

import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { listIntegrations } from "@/lib/integrations/manage-integrations";

export const GET = apiRoute({ auth: "tenant" }, async ({ ctx, req }) => ({
  data: await listIntegrations(ctx, publicOrigin(req)),
}));
