import { santiagoDay } from "@/lib/format/dates";
import type { Execution } from "@/lib/integrations/n8n/n8n-models";

// Client-safe and pure: the server computes these from n8n's executions (n8n has no stats endpoint
// in its public API), tests call it with fixed clocks.

export const STATS_DAYS = 7;
const DAY_MS = 86_400_000;

export type LastRun = { id: string; status: string; startedAt: string | null; durationMs: number | null };

export type WorkflowStats = {
  lastRun: LastRun | null;
  /** Finished runs in the window that succeeded, 0..1; null when none finished. */
  successRate: number | null;
  runs: number;
  failures: number;
  /** Runs per Santiago day, oldest first, the last entry being today. */
  perDay: number[];
};

const FAILED = new Set(["error", "crashed"]);

/** The Santiago days of the window, oldest first, ending today. */
export function windowDays(now: number, days = STATS_DAYS): string[] {
  // Noon steps avoid landing twice on one day across a daylight-saving change.
  const today = santiagoDay(new Date(now));
  const base = Date.parse(`${today}T12:00:00Z`);
  return Array.from({ length: days }, (_, i) => santiagoDay(new Date(base - (days - 1 - i) * DAY_MS)));
}

export function emptyStats(days = STATS_DAYS): WorkflowStats {
  return { lastRun: null, successRate: null, runs: 0, failures: 0, perDay: Array(days).fill(0) };
}

/**
 * Per workflow: its newest run and, over the window's days, runs per day and the success rate.
 * `executions` may come in any order and include runs older than the window (used for lastRun only).
 */
export function computeStats(
  executions: readonly Execution[],
  now: number,
  days = STATS_DAYS,
): Record<string, WorkflowStats> {
  const dayList = windowDays(now, days);
  const dayIndex = new Map(dayList.map((d, i) => [d, i]));
  const out: Record<string, WorkflowStats> = {};
  const succeeded: Record<string, number> = {};
  for (const e of executions) {
    if (!e.workflowId) continue;
    let s = out[e.workflowId];
    if (!s) {
      s = emptyStats(days);
      out[e.workflowId] = s;
    }
    if (e.startedAt && (!s.lastRun?.startedAt || e.startedAt > s.lastRun.startedAt)) {
      s.lastRun = { id: e.id, status: e.status, startedAt: e.startedAt, durationMs: e.durationMs };
    }
    const i = e.startedAt ? dayIndex.get(santiagoDay(e.startedAt)) : undefined;
    if (i === undefined) continue;
    s.perDay[i]++;
    s.runs++;
    if (FAILED.has(e.status)) s.failures++;
    if (e.status === "success") succeeded[e.workflowId] = (succeeded[e.workflowId] ?? 0) + 1;
  }
  for (const [id, s] of Object.entries(out)) {
    const ok = succeeded[id] ?? 0;
    const finished = ok + s.failures;
    s.successRate = finished > 0 ? ok / finished : null;
  }
  return out;
}

/** Where paging executions may stop: no run of the window's first day started before this. */
export function windowStart(now: number, days = STATS_DAYS): number {
  const [first] = windowDays(now, days);
  // UTC midnight comes before Santiago's (UTC−3/−4): paging stops a little late, never early.
  return Date.parse(`${first}T00:00:00Z`);
}
