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
  if (pool.exhausted) note(`proxy: ${pool.exhausted} Hub requests went out over the rate limit (add identities)`);
}

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
