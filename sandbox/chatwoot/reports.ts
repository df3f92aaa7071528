import { type Ctx, intParam, json, type Route } from "../http";
import { localDate, zonedToUtc } from "../tz";
import type { CwConversation } from "./chatwoot-records";
import { authed, nowS } from "./common";

const TZ = "America/Santiago";
const METRICS = [
  "conversations_count",
  "incoming_messages_count",
  "outgoing_messages_count",
  "avg_first_response_time",
  "avg_resolution_time",
  "resolutions_count",
] as const;
type Metric = (typeof METRICS)[number];

function avg(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

function compute(conversations: CwConversation[], since: number, until: number): Record<Metric, number> {
  const inRange = (t: number | null) => t !== null && t >= since && t < until;
  let incoming = 0;
  let outgoing = 0;
  for (const c of conversations) {
    for (const m of c.messages) {
      if (!inRange(m.createdAt) || m.private) continue;
      if (m.type === 0) incoming++;
      else if (m.type === 1 || m.type === 3) outgoing++;
    }
  }
  const created = conversations.filter((c) => inRange(c.createdAt));
  const resolved = conversations.filter((c) => inRange(c.resolvedAt));
  return {
    conversations_count: created.length,
    incoming_messages_count: incoming,
    outgoing_messages_count: outgoing,
    avg_first_response_time: avg(
      created.filter((c) => c.firstReplyAt !== null).map((c) => (c.firstReplyAt as number) - c.createdAt),
    ),
    avg_resolution_time: avg(resolved.map((c) => (c.resolvedAt as number) - c.createdAt)),
    resolutions_count: resolved.length,
  };
}

/** The spec types the two averages as strings (account_summary); counts stay numbers. */
function summaryShape(m: Record<Metric, number>): Record<string, unknown> {
  return {
    avg_first_response_time: m.avg_first_response_time.toFixed(2),
    avg_resolution_time: m.avg_resolution_time.toFixed(2),
    conversations_count: m.conversations_count,
    incoming_messages_count: m.incoming_messages_count,
    outgoing_messages_count: m.outgoing_messages_count,
    resolutions_count: m.resolutions_count,
  };
}

function range(ctx: Ctx): [number, number] {
  const until = intParam(ctx.query.get("until")) ?? nowS(ctx);
  const since = intParam(ctx.query.get("since")) ?? until - 7 * 86_400;
  return [since, until];
}

/** Local midnights in America/Santiago between since and until: Chatwoot groups by the account's zone. */
function days(since: number, until: number): number[] {
  const out: number[] = [];
  let [y, m, d] = localDate(since * 1000, TZ)
    .split("-")
    .map(Number);
  for (let i = 0; i < 400; i++) {
    const start = Math.floor(zonedToUtc(TZ, y, m, d) / 1000);
    if (start >= until) break;
    out.push(start);
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
  }
  return out;
}

export const reportRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v2/accounts/{account_id}/reports/summary",
    handler: authed(
      (ctx) => {
        const [since, until] = range(ctx);
        const convs = ctx.state.world.chatwoot.conversations;
        const current = compute(convs, since, until);
        const previous = compute(convs, since - (until - since), since);
        return json(200, { ...summaryShape(current), previous: summaryShape(previous) });
      },
      { adminOnly: true },
    ),
  },
  {
    method: "GET",
    path: "/api/v2/accounts/{account_id}/reports",
    handler: authed(
      (ctx) => {
        const metric = ctx.query.get("metric") as Metric | null;
        if (!metric || !METRICS.includes(metric))
          return json(422, { error: `metric must be one of ${METRICS.join(", ")}` });
        const [since, until] = range(ctx);
        const convs = ctx.state.world.chatwoot.conversations;
        const starts = days(since, until);
        return json(
          200,
          starts.map((start, i) => {
            const value = compute(convs, Math.max(start, since), starts[i + 1] ?? until)[metric];
            return { value: metric.startsWith("avg_") ? value.toFixed(2) : String(value), timestamp: start };
          }),
        );
      },
      { adminOnly: true },
    ),
  },
];
