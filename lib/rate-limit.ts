import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";
import { servicePathDb } from "@/lib/db/privileged";
import { rateLimitCounters } from "@/lib/db/schema";

// Fixed-window counters in Postgres, so every app instance sees the same counts.
export type Window = { limit: number; seconds: number };

export function windowStart(seconds: number, now = Date.now()): Date {
  return new Date(Math.floor(now / (seconds * 1000)) * seconds * 1000);
}

export function retryAfter(start: Date, seconds: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((start.getTime() + seconds * 1000 - now) / 1000));
}

/** Counts one hit and says whether it is over the limit. */
export async function hit(key: string, w: Window) {
  const db = await servicePathDb();
  const start = windowStart(w.seconds);
  const at = start.toISOString();
  // One statement. Old windows are dead weight; trimming a key's own past rows keeps the table
  // small without a job. Proxied requests count theirs in app.tenant_caller instead.
  const [row] = await executeRows<{ count: number }>(
    db,
    sql`with trimmed as (
          delete from ${rateLimitCounters}
          where ${rateLimitCounters.key} = ${key} and ${rateLimitCounters.windowStart} < ${at}::timestamptz
        )
        insert into ${rateLimitCounters} (key, window_start, count) values (${key}, ${at}::timestamptz, 1)
        on conflict (key, window_start) do update set count = ${rateLimitCounters}.count + 1
        returning count`,
  );
  return { count: row.count, limited: row.count > w.limit, retryAfter: retryAfter(start, w.seconds) };
}

/** Gives one hit back in the current window (a successful sign-in that was counted before it was checked). */
export async function refund(key: string, w: Window) {
  await refundHits(await servicePathDb(), [key], windowStart(w.seconds));
}

/** Gives one hit back on each key in the window that started at `start`, in one statement. */
export async function refundHits(db: Db, keys: string[], start: Date) {
  await db
    .update(rateLimitCounters)
    .set({ count: sql`greatest(${rateLimitCounters.count} - 1, 0)` })
    .where(and(inArray(rateLimitCounters.key, keys), eq(rateLimitCounters.windowStart, start)));
}

export async function clear(key: string) {
  const db = await servicePathDb();
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}
