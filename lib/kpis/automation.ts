import { type DayRange, daysOf, previousRange, rangeInstants, santiagoDayOf } from "@/lib/format/santiago-range";
import type { N8nClient } from "@/lib/integrations/n8n/client";
import type { Execution } from "@/lib/integrations/n8n/n8n-models";
import type { AutomationKpis } from "./kpi-types";

// n8n has no statistics endpoint: the figures come from its execution list (newest first, by cursor),
// read back to the start of the period of interest and counted here.

const PAGE = 250; // n8n's maximum
/** 40 pages = 10,000 runs: past that the figures cover the most recent runs (complete: false). */
export const MAX_EXECUTION_PAGES = 40;

export type ScannedExecution = Pick<Execution, "id" | "workflowId" | "status" | "durationMs"> & { startedAt: number };

export async function executionsSince(
  n8n: N8nClient,
  sinceMs: number,
  maxPages = MAX_EXECUTION_PAGES,
): Promise<{ items: ScannedExecution[]; complete: boolean }> {
  const items: ScannedExecution[] = [];
  let cursor: string | undefined;
  for (let p = 0; p < maxPages; p++) {
    const page = await n8n.listExecutions({ limit: PAGE, cursor });
    let older = false;
    for (const e of page.items) {
      const startedAt = e.startedAt ? Date.parse(e.startedAt) : Number.NaN;
      if (Number.isNaN(startedAt)) continue;
      if (startedAt < sinceMs) older = true;
      else items.push({ id: e.id, workflowId: e.workflowId, status: e.status, durationMs: e.durationMs, startedAt });
    }
    if (older || !page.nextCursor) return { items, complete: true };
    cursor = page.nextCursor;
  }
  return { items, complete: false };
}

/** Workflow id → name, for the slowest-workflows table. */
export async function workflowNames(n8n: N8nClient, maxPages = 10): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let cursor: string | undefined;
  for (let p = 0; p < maxPages; p++) {
    const page = await n8n.listWorkflows({ limit: PAGE, cursor });
    for (const w of page.items) names.set(w.id, w.name);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return names;
}

const FAILED = new Set(["error", "crashed"]);
export const outcome = (status: string) => (status === "success" ? "success" : FAILED.has(status) ? "error" : "other");

function rate(list: ScannedExecution[]): number | null {
  const finished = list.filter((e) => outcome(e.status) !== "other");
  return finished.length ? finished.filter((e) => e.status === "success").length / finished.length : null;
}

export function automationStats(
  scan: { items: ScannedExecution[]; complete: boolean },
  range: DayRange,
  names: Map<string, string>,
): AutomationKpis {
  const cur = rangeInstants(range);
  const prev = rangeInstants(previousRange(range));
  const current = scan.items.filter((e) => e.startedAt >= cur.since && e.startedAt < cur.until);
  const previous = scan.items.filter((e) => e.startedAt >= prev.since && e.startedAt < prev.until);
  const perDay = new Map<string, { success: number; error: number; other: number }>();
  for (const e of current) {
    const day = santiagoDayOf(e.startedAt);
    const d = perDay.get(day) ?? { success: 0, error: 0, other: 0 };
    d[outcome(e.status)]++;
    perDay.set(day, d);
  }
  const byWorkflow = new Map<string, number[]>();
  for (const e of current) {
    if (e.durationMs === null || !e.workflowId) continue;
    byWorkflow.set(e.workflowId, [...(byWorkflow.get(e.workflowId) ?? []), e.durationMs]);
  }
  const failures = (list: ScannedExecution[]) => list.filter((e) => outcome(e.status) === "error").length;
  return {
    range,
    days: daysOf(range).map((day) => ({ day, ...(perDay.get(day) ?? { success: 0, error: 0, other: 0 }) })),
    runs: { current: current.length, previous: previous.length },
    failures: { current: failures(current), previous: failures(previous) },
    successRate: { current: rate(current), previous: rate(previous) },
    slowest: [...byWorkflow.entries()]
      .map(([workflowId, d]) => ({
        workflowId,
        name: names.get(workflowId) ?? workflowId,
        runs: d.length,
        avgMs: Math.round(d.reduce((s, v) => s + v, 0) / d.length),
        maxMs: Math.max(...d),
      }))
      .sort((a, b) => b.avgMs - a.avgMs)
      .slice(0, 5),
    complete: scan.complete,
  };
}
