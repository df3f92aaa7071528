// The list's filters as they live in the URL (?status=&assignee=&inbox=&label=&q=), so a filtered
// inbox can be bookmarked, shared and survives a reload. Unknown values fall back to the defaults.
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";

export const statusFilters = ["open", "pending", "resolved", "snoozed", "all"] as const;
export const assigneeFilters = ["me", "unassigned", "all"] as const;

export type StatusFilter = (typeof statusFilters)[number];
export type AssigneeFilter = (typeof assigneeFilters)[number];

export type ListFilters = {
  status: StatusFilter;
  assignee: AssigneeFilter;
  inboxId: number | null;
  label: string | null;
  q: string;
};

export const defaultFilters: ListFilters = { status: "open", assignee: "all", inboxId: null, label: null, q: "" };

type ParamsLike = { get(name: string): string | null };

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  (values as readonly string[]).includes(value ?? "") ? (value as T) : fallback;

export function parseFilters(params: ParamsLike): ListFilters {
  const inbox = Number(params.get("inbox"));
  const label = params.get("label")?.trim() ?? "";
  return {
    status: oneOf(statusFilters, params.get("status"), defaultFilters.status),
    assignee: oneOf(assigneeFilters, params.get("assignee"), defaultFilters.assignee),
    inboxId: Number.isInteger(inbox) && inbox > 0 ? inbox : null,
    label: /^[\p{L}\p{N}_-]{1,64}$/u.test(label) ? label : null,
    q: (params.get("q") ?? "").slice(0, 200),
  };
}

/** Only what differs from the defaults, so the plain inbox keeps a plain URL. */
export function filtersToSearch(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== defaultFilters.status) params.set("status", filters.status);
  if (filters.assignee !== defaultFilters.assignee) params.set("assignee", filters.assignee);
  if (filters.inboxId !== null) params.set("inbox", String(filters.inboxId));
  if (filters.label) params.set("label", filters.label);
  if (filters.q.trim()) params.set("q", filters.q.trim());
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The proxy's query string for one page of this filter. */
export function filtersToApiQuery(filters: ListFilters, page: number): string {
  const params = new URLSearchParams({ status: filters.status, assignee: filters.assignee, page: String(page) });
  if (filters.inboxId !== null) params.set("inboxId", String(filters.inboxId));
  if (filters.label) params.set("labels", filters.label);
  if (filters.q.trim()) params.set("q", filters.q.trim());
  return params.toString();
}

/**
 * Whether a conversation still belongs in a list after a change made here (resolve, assign, label),
 * so it can leave the list at once instead of after the next refetch. `meId` is the Chatwoot user of
 * the connection's token; unknown, "mías" keeps what it has.
 */
export function matchesFilters(c: Conversation, filters: ListFilters, meId: number | null): boolean {
  // Chatwoot ignores the status filter while searching.
  if (!filters.q.trim() && filters.status !== "all" && c.status !== filters.status) return false;
  if (filters.assignee === "me" && meId !== null && c.assignee?.id !== meId) return false;
  if (filters.assignee === "unassigned" && c.assignee) return false;
  if (filters.inboxId !== null && c.inboxId !== filters.inboxId) return false;
  if (filters.label && !c.labels.includes(filters.label)) return false;
  return true;
}
