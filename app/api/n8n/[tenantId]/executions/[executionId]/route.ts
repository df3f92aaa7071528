// GET /api/n8n/{tenantId}/executions/{executionId}?includeData= – one execution with the failing node and message; the run data only when asked
import { apiRoute } from "@/lib/api/route";
import { n8nFor } from "@/lib/proxy/clients";
import { executionParams, executionQuery } from "@/lib/proxy/n8n/n8n-requests";

export const GET = apiRoute(
  { auth: "tenant", upstream: true, params: executionParams, query: executionQuery },
  async ({ ctx, params, query }) => {
    const n8n = await n8nFor(ctx);
    // The error summary is read from the run data, which can be megabytes: fetched, then dropped.
    const { data, ...execution } = await n8n.getExecution(params.executionId, { includeData: true });
    return { execution: query.includeData ? { ...execution, data } : execution };
  },
);
