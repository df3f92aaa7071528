import { type DayRange, daysOf, previousRange, rangeInstants, santiagoDayOf } from "@/lib/format/santiago-range";
import type { Inbox } from "@/lib/integrations/chatwoot/chatwoot-models";
import type { ChatwootClient } from "@/lib/integrations/chatwoot/client";
import { UpstreamError } from "@/lib/integrations/upstream-error";
import type { ScannedConversation } from "./chatwoot-scan";
import type { ServiceKpis, ServiceReports } from "./kpi-types";
import { median } from "./stats";

// Atención figures. Per-day, per-inbox and status counts and the medians come from the conversations
// themselves (any token); averages and resolutions from Chatwoot's reports (admin tokens only).

const inRange = (t: number, r: { since: number; until: number }) => t >= r.since && t < r.until;

/**
 * Median seconds to the first reply, and to resolution. Chatwoot's API has no resolved_at: a resolved
 * conversation's last activity is the status change itself (Chatwoot adds an activity message), so
 * last_activity_at − created_at stands in for the resolution time.
 */
export function conversationMedians(list: ScannedConversation[]) {
  const firstResponse = list
    .filter((c) => c.firstReplyAt !== null)
    .map((c) => ((c.firstReplyAt as number) - c.createdAt) / 1000);
  const resolution = list
    .filter((c) => c.status === "resolved" && c.lastActivityAt !== null)
    .map((c) => ((c.lastActivityAt as number) - c.createdAt) / 1000);
  return { firstResponse: median(firstResponse), resolution: median(resolution) };
}

export function conversationStats(
  scanned: ScannedConversation[],
  range: DayRange,
  inboxes: Pick<Inbox, "id" | "name">[],
) {
  const cur = rangeInstants(range);
  const prev = rangeInstants(previousRange(range));
  const current = scanned.filter((c) => inRange(c.createdAt, cur));
  const previous = scanned.filter((c) => inRange(c.createdAt, prev));
  const perDay = new Map<string, number>();
  for (const c of current) perDay.set(santiagoDayOf(c.createdAt), (perDay.get(santiagoDayOf(c.createdAt)) ?? 0) + 1);
  const perInbox = new Map<number | null, number>();
  for (const c of current) perInbox.set(c.inboxId, (perInbox.get(c.inboxId) ?? 0) + 1);
  const byStatus = { open: 0, pending: 0, resolved: 0, snoozed: 0 };
  for (const c of current) if (c.status in byStatus) byStatus[c.status as keyof typeof byStatus]++;
  const m = conversationMedians(current);
  const pm = conversationMedians(previous);
  return {
    days: daysOf(range).map((day) => ({ day, conversations: perDay.get(day) ?? 0 })),
    perInbox: [...perInbox.entries()]
      .map(([inboxId, conversations]) => ({
        inboxId,
        name: inboxes.find((i) => i.id === inboxId)?.name ?? `#${inboxId ?? "?"}`,
        conversations,
      }))
      .sort((a, b) => b.conversations - a.conversations),
    byStatus,
    conversations: { current: current.length, previous: previous.length },
    medianFirstResponse: { current: m.firstResponse, previous: pm.firstResponse },
    medianResolution: { current: m.resolution, previous: pm.resolution },
  };
}

/** Chatwoot's account reports for the range, or why they are unavailable (an agent's token). */
export async function serviceReports(chatwoot: ChatwootClient, range: DayRange): Promise<ServiceReports> {
  const { since, until } = rangeInstants(range);
  try {
    const [summary, series] = await Promise.all([
      chatwoot.reportsSummary({ since: new Date(since), until: new Date(until) }),
      chatwoot.reportsTimeseries({ metric: "resolutions_count", since: new Date(since), until: new Date(until) }),
    ]);
    const perDay = new Map<string, number>();
    for (const p of series) {
      const day = santiagoDayOf(Date.parse(p.timestamp));
      perDay.set(day, (perDay.get(day) ?? 0) + p.value);
    }
    const prev = summary.previous;
    return {
      available: true,
      conversations: { current: summary.conversationsCount, previous: prev?.conversationsCount ?? 0 },
      resolutions: { current: summary.resolutionsCount, previous: prev?.resolutionsCount ?? 0 },
      avgFirstResponse: { current: summary.avgFirstResponseTime, previous: prev?.avgFirstResponseTime ?? 0 },
      avgResolution: { current: summary.avgResolutionTime, previous: prev?.avgResolutionTime ?? 0 },
      resolutionsPerDay: daysOf(range).map((day) => ({ day, resolutions: perDay.get(day) ?? 0 })),
    };
  } catch (e) {
    if (e instanceof UpstreamError && e.code === "upstream_forbidden") return { available: false, reason: "not_admin" };
    throw e;
  }
}

export function serviceFigures(
  scan: { items: ScannedConversation[]; complete: boolean },
  range: DayRange,
  inboxes: Pick<Inbox, "id" | "name">[],
  reports: ServiceReports,
): ServiceKpis {
  return { range, ...conversationStats(scan.items, range, inboxes), complete: scan.complete, reports };
}
