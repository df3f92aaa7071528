// GET /api/n8n/{tenantId}/workflows/stats – per workflow: last run, 7-day success rate and runs per day, from n8n's executions
import { apiRoute } from "@/lib/api/route";
import { collectStats } from "@/lib/automation/collect-stats";
import { n8nFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => {
  const n8n = await n8nFor(ctx);
  const { items } = await n8n.listWorkflows({ limit: 250 });
  return collectStats(
    n8n,
    items.map((w) => w.id),
  );
});
