// GET /api/n8n/{tenantId}/templates – the SmarterOS workflow templates, and which were imported already
import { apiRoute } from "@/lib/api/route";
import { listTemplates } from "@/lib/automation/templates/import-template";
import { n8nFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => {
  const n8n = await n8nFor(ctx);
  return { templates: await listTemplates(n8n) };
});
