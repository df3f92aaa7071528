// Load generation: autocannon for throughput runs, and a small fetch loop where every request must be
// accounted for one by one (sends, webhook deliveries).
import autocannon from "autocannon";
import { percentile } from "./stats";

export type LoadResult = { p50: number; p99: number; rps: number; total: number; failed: number };

export type LoadSpec = {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Called before each request, so the path and headers (a session cookie) can change from one to the next. */
  perRequest?: () => { path: string; headers: Record<string, string> };
};

export async function cannon(spec: LoadSpec): Promise<LoadResult> {
  const target = new URL(spec.url);
  const path = `${target.pathname}${target.search}`;
  const result = await autocannon({
    url: target.origin,
    connections: spec.connections,
    duration: spec.seconds,
    headers: spec.headers,
    requests: [
      spec.perRequest
        ? {
            method: "GET",
            path,
            setupRequest: (req) => {
              const next = (spec.perRequest as NonNullable<LoadSpec["perRequest"]>)();
              return { ...req, path: next.path, headers: { ...spec.headers, ...next.headers } };
            },
          }
        : { method: "GET", path },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.total / result.duration,
    total: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const REQUEST_TIMEOUT_MS = 30_000;

export type Timed = {
  latencies: number[];
  statuses: Map<number, number>;
  /** Status per job that ran (0: no HTTP answer); jobs left when time ran out have none. */
  results: number[];
  seconds: number;
  errors: string[];
};

/**
 * Runs `jobs` with at most `concurrency` in flight, timing each request from send to full body.
 * With `maxSeconds`, no new job starts after that long, so a slow machine still finishes in time.
 */
export async function timedFetches(
  jobs: ((signal: AbortSignal) => Promise<Response>)[],
  concurrency: number,
  maxSeconds = Number.POSITIVE_INFINITY,
): Promise<Timed & { p50: number; p99: number }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const results: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < jobs.length && performance.now() - started < maxSeconds * 1000) {
      const index = next++;
      const t0 = performance.now();
      let status = 0;
      try {
        // An overloaded server may never answer: a request that takes this long counts as failed.
        const res = await jobs[index](AbortSignal.timeout(REQUEST_TIMEOUT_MS));
        await res.arrayBuffer();
        status = res.status;
      } catch (error) {
        const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error;
        if (errors.length < 5) errors.push(String(cause));
      }
      results[index] = status;
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    latencies,
    statuses,
    results,
    errors,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export const okCount = (t: Timed) =>
  [...t.statuses].filter(([status]) => status >= 200 && status < 300).reduce((sum, [, n]) => sum + n, 0);
