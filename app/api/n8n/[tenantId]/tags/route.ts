// GET /api/n8n/{tenantId}/tags – the instance's tags, for the workflow list's filter
import { apiRoute } from "@/lib/api/route";
import { n8nFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: emptyQuery }, async ({ ctx }) => {
  const n8n = await n8nFor(ctx);
  const { items } = await n8n.listTags({ limit: 250 });
  return { tags: items.sort((a, b) => a.name.localeCompare(b.name, "es")) };
});
