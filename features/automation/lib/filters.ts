import type { WorkflowStats } from "@/lib/automation/stats";

// The list's filters live in the URL (?q=&active=&tag=&outcome=) so a filtered view can be shared
// and survives a reload. Name, active and tag go to n8n; the outcome is the last run's, read from stats.

export const activeFilters = ["all", "active", "inactive"] as const;
export const outcomeFilters = ["all", "success", "error", "none"] as const;
export type ActiveFilter = (typeof activeFilters)[number];
export type OutcomeFilter = (typeof outcomeFilters)[number];

export type WorkflowFilters = { q: string; active: ActiveFilter; tag: string; outcome: OutcomeFilter };
export const defaultFilters: WorkflowFilters = { q: "", active: "all", tag: "", outcome: "all" };

const oneOf = <T extends string>(list: readonly T[], v: string | null, fallback: T): T =>
  (list as readonly string[]).includes(v ?? "") ? (v as T) : fallback;

export function parseFilters(search: URLSearchParams): WorkflowFilters {
  return {
    q: (search.get("q") ?? "").slice(0, 128),
    active: oneOf(activeFilters, search.get("active"), "all"),
    // n8n's tags filter is comma-separated: a comma would split one tag into two.
    tag: (search.get("tag") ?? "").replace(/,/g, "").slice(0, 64),
    outcome: oneOf(outcomeFilters, search.get("outcome"), "all"),
  };
}

/** The page's query string: only what differs from the defaults. */
export function filtersToSearch(f: WorkflowFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.q.trim()) out.set("q", f.q.trim());
  if (f.active !== "all") out.set("active", f.active);
  if (f.tag) out.set("tag", f.tag);
  if (f.outcome !== "all") out.set("outcome", f.outcome);
  return out;
}

/** The part n8n filters; the query key of the list. */
export type WorkflowQuery = { name?: string; active?: boolean; tag?: string };

export function workflowQuery(f: WorkflowFilters): WorkflowQuery {
  return {
    ...(f.q.trim() ? { name: f.q.trim() } : {}),
    ...(f.active !== "all" ? { active: f.active === "active" } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
  };
}

export function workflowQueryParams(q: WorkflowQuery, cursor?: string): URLSearchParams {
  const out = new URLSearchParams({ limit: "100" });
  if (q.name) out.set("name", q.name);
  if (q.active !== undefined) out.set("active", String(q.active));
  if (q.tag) out.set("tags", q.tag);
  if (cursor) out.set("cursor", cursor);
  return out;
}

/** Outcome of the last run: a running one counts as neither success nor error. */
export function matchesOutcome(stats: WorkflowStats | undefined, outcome: OutcomeFilter): boolean {
  if (outcome === "all") return true;
  const status = stats?.lastRun?.status;
  if (outcome === "none") return !status;
  if (outcome === "error") return status === "error" || status === "crashed";
  return status === "success";
}

export const hasFilters = (f: WorkflowFilters) =>
  f.q.trim() !== "" || f.active !== "all" || f.tag !== "" || f.outcome !== "all";
