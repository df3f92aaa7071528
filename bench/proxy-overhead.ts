// Part 1: the conversation list through the Hub (session, membership, RLS, rate limits, adapter) against
// the same page asked of the sandbox directly. Hub and direct alternate round by round, so a noisy
// neighbour slows both and the ratio, taken per round and then the median, stays put.
import { chatwoot, chatwootApi, hubUrl } from "./context";
import type { Record } from "./figures";
import { cannon, type LoadResult } from "./http-load";
import type { IdentityPool } from "./hub-session";
import { median, round } from "./stats";

export const connectionLevels = [1, 10, 50];

export async function proxyOverhead(
  record: Record,
  note: (text: string) => void,
  pool: IdentityPool,
  options: { rounds: number; seconds: number },
) {
  const direct = {
    url: `${chatwootApi}/conversations?status=open&assignee_type=all&page=1`,
    headers: { api_access_token: chatwoot.token },
  };
  // Warm both paths (JIT, connection pools, the adapter's caches) before anything counts.
  await cannon({ ...direct, connections: 10, seconds: 1 });
  await hubRun(pool, 10, 2);

  for (const connections of connectionLevels) {
    const hubRuns: LoadResult[] = [];
    const directRuns: LoadResult[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const order = r % 2 === 0 ? ["hub", "direct"] : ["direct", "hub"];
      for (const side of order) {
        if (side === "hub") hubRuns.push(await hubRun(pool, connections, options.seconds));
        else directRuns.push(await cannon({ ...direct, connections, seconds: options.seconds }));
      }
    }
    const failedHub = hubRuns.reduce((s, r) => s + r.failed, 0);
    const failedDirect = directRuns.reduce((s, r) => s + r.failed, 0);
    if (failedHub || failedDirect) {
      note(`proxy c=${connections}: ${failedHub} Hub and ${failedDirect} direct requests failed or were not 2xx`);
    }
    const empty = [...hubRuns, ...directRuns].filter((r) => r.total === 0).length;
    if (empty) {
      // A run in which no request completed has no latency to report; zeros would read as "instant".
      note(`proxy c=${connections}: ${empty} runs completed no request in ${options.seconds} s; figures left out`);
      continue;
    }
    const pick = (runs: LoadResult[], f: (r: LoadResult) => number) => median(runs.map(f));
    const ratio = (f: (r: LoadResult) => number) =>
      median(hubRuns.map((h, i) => f(h) / Math.max(f(directRuns[i]), 0.001)));
    const c = `c${connections}`;
    record(
      `proxy.${c}.hub.p50`,
      `c=${connections} Hub p50`,
      pick(hubRuns, (r) => r.p50),
      "ms",
    );
    record(
      `proxy.${c}.direct.p50`,
      `c=${connections} direct p50`,
      pick(directRuns, (r) => r.p50),
      "ms",
    );
    record(
      `proxy.${c}.ratio.p50`,
      `c=${connections} Hub/direct p50`,
      round(
        ratio((r) => r.p50),
        2,
      ),
      "x",
    );
    record(
      `proxy.${c}.hub.p99`,
      `c=${connections} Hub p99`,
      pick(hubRuns, (r) => r.p99),
      "ms",
    );
    record(
      `proxy.${c}.direct.p99`,
      `c=${connections} direct p99`,
      pick(directRuns, (r) => r.p99),
      "ms",
    );
    record(
      `proxy.${c}.ratio.p99`,
      `c=${connections} Hub/direct p99`,
      round(
        ratio((r) => r.p99),
        2,
      ),
      "x",
    );
    record(
      `proxy.${c}.hub.rps`,
      `c=${connections} Hub req/s`,
      round(
        pick(hubRuns, (r) => r.rps),
        0,
      ),
      "req/s",
    );
    record(
      `proxy.${c}.direct.rps`,
      `c=${connections} direct req/s`,
      round(
        pick(directRuns, (r) => r.rps),
        0,
      ),
      "req/s",
    );
    record(
      `proxy.${c}.ratio.rps`,
      `c=${connections} Hub/direct req/s`,
      round(
        ratio((r) => r.rps),
        3,
      ),
      "x",
    );
    console.log(
      `  c=${connections}: Hub p50 ${pick(hubRuns, (r) => r.p50)} ms, direct p50 ${pick(directRuns, (r) => r.p50)} ms`,
    );
  }
  await timingBreakdown(record, pool);
  if (pool.exhausted) note(`proxy: ${pool.exhausted} Hub requests went out over the rate limit (add identities)`);
}

/**
 * Where a proxied list request's time goes inside the Hub, from the Server-Timing spans the server
 * adds (SERVER_TIMING=1): one request at a time, so each span is the request's own, not a queue's.
 * "outside the wrapper" is the client's time less the wrapper's total: Next's routing and the proxy
 * file, the HTTP exchange with the bench, and the event loop.
 */
async function timingBreakdown(record: Record, pool: IdentityPool, requests = 300) {
  const spans = new Map<string, number[]>();
  const outside: number[] = [];
  for (let i = 0; i < requests; i++) {
    const identity = pool.take();
    const started = performance.now();
    const res = await fetch(
      `${hubUrl}/api/chatwoot/${identity.tenantId}/conversations?status=open&assignee=all&page=1`,
      {
        headers: { cookie: identity.cookie },
      },
    );
    await res.arrayBuffer();
    const elapsed = performance.now() - started;
    const header = res.headers.get("server-timing");
    if (!res.ok || !header) continue;
    for (const part of header.split(",")) {
      const [name, dur] = part.trim().split(";dur=");
      const list = spans.get(name) ?? [];
      list.push(Number(dur));
      spans.set(name, list);
      if (name === "total") outside.push(elapsed - Number(dur));
    }
  }
  const p50 = (values: number[]) => round(median(values), 2);
  for (const [name, values] of spans) {
    record(`proxy.breakdown.${name}`, `breakdown: ${spanTitle[name] ?? name}`, p50(values), "ms");
  }
  if (outside.length) record("proxy.breakdown.outside", "breakdown: outside the wrapper", p50(outside), "ms");
}

const spanTitle: { [name: string]: string } = {
  caller: "session, membership, rate limits (one statement)",
  handler: "handler (connection, upstream call, decode, transform)",
  upstream: "upstream, until its headers",
  upstream_body: "upstream, reading its body",
  decode: "JSON.parse and schema check of the upstream body",
  serialize: "JSON of the answer",
  total: "wrapper, in all",
};

/** Each request carries one identity's cookie and asks for that identity's own workspace. */
function hubRun(pool: IdentityPool, connections: number, seconds: number) {
  return cannon({
    url: `${hubUrl}/`,
    connections,
    seconds,
    perRequest: () => {
      const identity = pool.take();
      return {
        path: `/api/chatwoot/${identity.tenantId}/conversations?status=open&assignee=all&page=1`,
        headers: { cookie: identity.cookie },
      };
    },
  });
}
