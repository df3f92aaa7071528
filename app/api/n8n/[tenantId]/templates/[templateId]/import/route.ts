// POST /api/n8n/{tenantId}/templates/{templateId}/import – create the template's workflow in the tenant's n8n, inactive (staff)
import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { importTemplate } from "@/lib/automation/templates/import-template";
import { workflowTrigger } from "@/lib/automation/trigger";
import { templateParams } from "@/lib/automation/workflow-run-input";
import { n8nFor } from "@/lib/proxy/clients";
import { emptyBody, emptyQuery } from "@/lib/proxy/proxy-params";

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", params: templateParams, query: emptyQuery, body: emptyBody },
  async ({ req, ctx, params }) => {
    const n8n = await n8nFor(ctx);
    // The "Alta de cliente" template calls this Hub's tenant API, wherever it is served from.
    const workflow = await importTemplate(n8n, params.templateId, publicOrigin(req));
    return Response.json({ workflow: { ...workflow, trigger: workflowTrigger(workflow) } }, { status: 201 });
  },
);
