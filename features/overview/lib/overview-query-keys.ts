import { liveQueryKeys } from "@/lib/live/live-query-keys";

// Under the conversations prefix on purpose: a live conversation or message event marks the Resumen's
// figures stale, so open/unanswered counts follow the inbox without polling.
export const overviewKeys = {
  overview: (tenantId: string) => [...liveQueryKeys.conversations(tenantId), "overview"] as const,
};

export const overviewUrl = (tenantId: string) => `/api/kpis/${tenantId}/overview`;
