import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { rateLimitCounters } from "@/lib/db/schema";

// Fixed-window counters in Postgres, so every app instance sees the same counts.
export type Window = { limit: number; seconds: number };

function windowStart(seconds: number, now = Date.now()): Date {
  return new Date(Math.floor(now / (seconds * 1000)) * seconds * 1000);
}

function retryAfter(start: Date, seconds: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((start.getTime() + seconds * 1000 - now) / 1000));
}

/** How many hits the key has in the current window, and when it frees up. */
export async function peek(key: string, w: Window) {
  const db = await servicePathDb();
  const start = windowStart(w.seconds);
  const [row] = await db
    .select({ count: rateLimitCounters.count })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, key), eq(rateLimitCounters.windowStart, start)));
  const count = row?.count ?? 0;
  return { count, limited: count >= w.limit, retryAfter: retryAfter(start, w.seconds) };
}

/** Counts one hit and says whether it is over the limit. */
export async function hit(key: string, w: Window) {
  const db = await servicePathDb();
  const start = windowStart(w.seconds);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count });
  // Old windows are dead weight; trimming a key's own past rows keeps the table small without a job.
  await db
    .delete(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, key), lt(rateLimitCounters.windowStart, start)));
  return { count: row.count, limited: row.count > w.limit, retryAfter: retryAfter(start, w.seconds) };
}

export async function clear(key: string) {
  const db = await servicePathDb();
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}
