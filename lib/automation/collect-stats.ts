import "server-only";
import type { N8nClient } from "@/lib/integrations/n8n/client";
import type { Execution } from "@/lib/integrations/n8n/n8n-models";
import { computeStats, STATS_DAYS, type WorkflowStats, windowStart } from "./stats";

/** 8 pages of 250: a busy tenant's week fits; past that the answer says it is partial. */
const MAX_PAGES = 8;
const PAGE_SIZE = 250;
/** Workflows with no run in the window get their last run by one small request each, this many at most. */
const MAX_LOOKUPS = 25;

export type StatsResult = {
  days: number;
  /** True when the paging bound was hit before the window's start: counts are a lower bound. */
  partial: boolean;
  stats: Record<string, WorkflowStats>;
};

/**
 * Stats for every workflow from n8n's executions (newest first), paged with its cursor until the
 * window's start. `workflowIds` are the workflows the list shows, so those idle all week still get
 * their last run.
 */
export async function collectStats(n8n: N8nClient, workflowIds: readonly string[], now = Date.now()) {
  const since = windowStart(now);
  const runs: Execution[] = [];
  let cursor: string | undefined;
  let partial = false;
  for (let page = 0; ; page++) {
    if (page === MAX_PAGES) {
      partial = true;
      break;
    }
    const res = await n8n.listExecutions({ limit: PAGE_SIZE, cursor });
    runs.push(...res.items);
    const oldest = res.items.at(-1)?.startedAt;
    cursor = res.nextCursor ?? undefined;
    if (!cursor || (oldest && Date.parse(oldest) < since)) break;
  }
  const stats = computeStats(runs, now);
  const idle = workflowIds.filter((id) => !stats[id]?.lastRun).slice(0, MAX_LOOKUPS);
  const older = await Promise.all(
    idle.map((workflowId) =>
      n8n
        .listExecutions({ workflowId, limit: 1 })
        .then((r) => r.items)
        .catch(() => [] as Execution[]),
    ),
  );
  const olderStats = computeStats(older.flat(), now);
  for (const [id, s] of Object.entries(olderStats)) stats[id] = stats[id] ?? s;
  return { days: STATS_DAYS, partial, stats } satisfies StatsResult;
}
