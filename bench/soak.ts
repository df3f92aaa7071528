// Part 8 (--soak): memory under sustained load. The proxied conversation list at 10 connections for
// several minutes while new workspaces keep signing up, as on a Hub that serves a growing customer base;
// the resident memory of `next start` and its children is sampled throughout. Runs on a fresh server
// of its own, so the other parts' load is not in its figures.
import { readFileSync } from "node:fs";
import { hubUrl } from "./context";
import type { Record } from "./figures";
import { cannon, type LoadResult } from "./http-load";
import { createIdentity, type Identity } from "./hub-session";
import { treeRssMb } from "./processes";
import { median, round, sleep } from "./stats";

export type SoakOptions = {
  minutes: number;
  connections: number;
  /** Workspaces signed up before the load starts. */
  initialWorkspaces: number;
  /** One new workspace starts signing up this often while the load runs (one at a time). */
  joinEverySeconds: number;
  /** The load rotates over this many of the newest workspaces. */
  activeWorkspaces: number;
  /** Where the server appends its process.memoryUsage() (bench/memory-probe.cjs). */
  memoryFile: string;
};

type HeapFigures = { heapUsed: number; heapTotal: number; external: number };

/** The server's latest own memory figures, in MB, if it has written any. */
function heapOf(memoryFile: string): HeapFigures | undefined {
  let lines: string[];
  try {
    lines = readFileSync(memoryFile, "utf8").trim().split("\n");
  } catch {
    return undefined;
  }
  // The last line may be half written while the server appends it: take the newest whole one.
  let m: HeapFigures | undefined;
  for (const line of lines.slice(-2).reverse()) {
    try {
      m = JSON.parse(line) as HeapFigures;
      break;
    } catch {
      // Half a line; the one before is whole.
    }
  }
  if (!m) return undefined;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return { heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external) };
}

/** The load is cut into runs of this length, so the log shows how the figures move. */
const SEGMENT_SECONDS = 30;
const SAMPLE_EVERY_MS = 5_000;

export async function soak(record: Record, note: (text: string) => void, hubPid: number, options: SoakOptions) {
  const totalSeconds = Math.round(options.minutes * 60);
  // Warm-up: the first minute, or the first fifth of a short run.
  const warmupSeconds = Math.min(60, Math.round(totalSeconds / 5));
  // Growth is read over the last 5 minutes, or the last half of a shorter run.
  const windowSeconds = Math.min(300, Math.round(totalSeconds / 2));
  const pool = new JoiningPool(options.activeWorkspaces);

  let joinFailures = 0;
  const join = async () => {
    try {
      pool.add(await createIdentity(`soak${pool.size}`, "chatwoot"));
    } catch (error) {
      joinFailures++;
      if (joinFailures <= 3) note(`soak: a workspace failed to join: ${String(error).slice(0, 200)}`);
    }
  };
  for (let i = 0; i < options.initialWorkspaces; i += 4) {
    await Promise.all(Array.from({ length: Math.min(4, options.initialWorkspaces - i) }, join));
  }
  if (pool.size === 0) throw new Error("soak: no workspace could sign up");
  const rssStart = treeRssMb(hubPid);

  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const samples: { t: number; rss: number }[] = [{ t: 0, rss: rssStart }];
  const sampler = setInterval(() => samples.push({ t: elapsed(), rss: treeRssMb(hubPid) }), SAMPLE_EVERY_MS);

  let joining = true;
  const joiner = (async () => {
    while (joining) {
      const t0 = performance.now();
      await join();
      await sleep(Math.max(0, options.joinEverySeconds * 1000 - (performance.now() - t0)));
    }
  })();

  const segments: LoadResult[] = [];
  let rssWarm = rssStart;
  let heapWarm: HeapFigures | undefined;
  try {
    while (elapsed() < totalSeconds - 1) {
      const seconds = Math.min(
        segments.length === 0 ? warmupSeconds : SEGMENT_SECONDS,
        Math.round(totalSeconds - elapsed()),
      );
      const run = await cannon({
        url: `${hubUrl}/`,
        connections: options.connections,
        seconds,
        perRequest: () => {
          const identity = pool.take();
          return {
            path: `/api/chatwoot/${identity.tenantId}/conversations?status=open&assignee=all&page=1`,
            headers: { cookie: identity.cookie },
          };
        },
      });
      segments.push(run);
      const rss = treeRssMb(hubPid);
      samples.push({ t: elapsed(), rss });
      if (segments.length === 1) {
        rssWarm = rss;
        heapWarm = heapOf(options.memoryFile);
      }
      const heap = heapOf(options.memoryFile);
      console.log(
        `  ${round(elapsed(), 0)} s: ${round(run.rps, 0)} req/s, p99 ${run.p99} ms, ${run.failed} failed, ` +
          `${pool.size} workspaces, RSS ${round(rss, 0)} MB` +
          (heap
            ? ` (heap ${round(heap.heapUsed, 0)} of ${round(heap.heapTotal, 0)} MB, external ${round(heap.external, 0)} MB)`
            : ""),
      );
    }
  } finally {
    clearInterval(sampler);
    joining = false;
    await joiner;
  }

  const end = samples[samples.length - 1];
  // RSS swings by tens of MB between collections, so one sample against another says more about
  // when the collector ran than about growth: each end of the window is the median of a minute.
  const windowStart = end.t - windowSeconds;
  const span = Math.min(60, windowSeconds / 2);
  const rssFrom = median(samples.filter((s) => s.t >= windowStart && s.t <= windowStart + span).map((s) => s.rss));
  const rssTo = median(samples.filter((s) => s.t >= end.t - span).map((s) => s.rss));
  const requests = segments.reduce((sum, r) => sum + r.total, 0);
  const failed = segments.reduce((sum, r) => sum + r.failed, 0);
  const growthMinutes = round(windowSeconds / 60, 1);
  record("soak.minutes", "load time (min)", round(end.t / 60, 1), "count");
  record("soak.workspaces", "workspaces signed up (start + joined during the load)", pool.size, "count");
  record("soak.joins_failed", "workspaces that failed to join", joinFailures, "count");
  record("soak.requests", "conversation list requests", requests, "count");
  record("soak.rps", "requests/s over the load", round(requests / end.t, 0), "req/s");
  record("soak.p99_worst", `worst p99 of a ${SEGMENT_SECONDS} s run`, Math.max(...segments.map((r) => r.p99)), "ms");
  record("soak.failed", "failed or non-2xx requests", failed, "count");
  record("soak.rss_start", "RSS after start and the first sign-ups", round(rssStart, 0), "MB");
  record("soak.rss_warm", `RSS after the ${warmupSeconds} s warm-up`, round(rssWarm, 0), "MB");
  record("soak.rss_peak", "highest RSS sampled", round(Math.max(...samples.map((s) => s.rss)), 0), "MB");
  record("soak.rss_end", "RSS at the end", round(end.rss, 0), "MB");
  record(
    "soak.rss_growth",
    `RSS growth over the last ${growthMinutes} min (median of its last ${span} s against its first ${span} s)`,
    round(rssTo - rssFrom, 0),
    "MB",
  );
  const heapEnd = heapOf(options.memoryFile);
  if (heapWarm && heapEnd) {
    record("soak.heap_used_warm", "JavaScript heap in use after the warm-up", round(heapWarm.heapUsed, 0), "MB");
    record("soak.heap_used_end", "JavaScript heap in use at the end", round(heapEnd.heapUsed, 0), "MB");
    record("soak.heap_total_end", "JavaScript heap reserved at the end", round(heapEnd.heapTotal, 0), "MB");
    record(
      "soak.external_end",
      "memory outside the heap held by JavaScript objects (buffers) at the end",
      round(heapEnd.external, 0),
      "MB",
    );
  }
  if (pool.exhausted) note(`soak: ${pool.exhausted} requests went out over the per-user rate limit`);
}

/**
 * Identities that keep arriving; requests rotate over the newest ones, each kept under the Hub's
 * per-user limit (240 a minute) in the current one-minute window, and fall back to older ones.
 */
class JoiningPool {
  private readonly identities: Identity[] = [];
  private readonly used = new Map<string, { window: number; count: number }>();
  private next = 0;
  exhausted = 0;

  constructor(
    private readonly active: number,
    private readonly perWindow = 220,
  ) {}

  get size() {
    return this.identities.length;
  }

  add(identity: Identity) {
    this.identities.push(identity);
  }

  take(): Identity {
    const window = Math.floor(Date.now() / 60_000);
    const n = this.identities.length;
    const recent = Math.min(this.active, n);
    for (let i = 0; i < n; i++) {
      const index = i < recent ? n - 1 - ((this.next + i) % recent) : n - 1 - i;
      const identity = this.identities[index];
      const use = this.used.get(identity.email);
      const count = use && use.window === window ? use.count : 0;
      if (count < this.perWindow) {
        this.used.set(identity.email, { window, count: count + 1 });
        if (i < recent) this.next = (this.next + i + 1) % recent;
        return identity;
      }
    }
    this.exhausted++;
    return this.identities[n - 1];
  }
}
