// Reads stored webhook events for one tenant. Callers pass a runner that opens the transaction
// under RLS (withTenant in requests), so a stream sees only rows its user may see, and stops
// seeing them the moment the membership ends. The tenant filter is explicit as well.
import { and, asc, desc, eq, gt, inArray } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { webhookEvents } from "@/lib/db/schema";
import type { LiveEvent } from "./live-event";
import { normalizeChatwootEvent } from "./normalize-chatwoot-event";

export type TenantRunner = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

const columns = {
  id: webhookEvents.id,
  event: webhookEvents.event,
  payload: webhookEvents.payload,
  receivedAt: webhookEvents.receivedAt,
};

export type Replay = { events: LiveEvent[]; truncated: boolean; lastId: number | null };

/**
 * Events after `afterId`, oldest first, at most `limit`. When more were missed than that, the newest
 * `limit` are returned with truncated=true: the client then refetches instead of replaying.
 */
export async function readEventsAfter(
  run: TenantRunner,
  tenantId: string,
  afterId: number,
  limit: number,
): Promise<Replay> {
  const rows = await run((tx) =>
    tx
      .select(columns)
      .from(webhookEvents)
      .where(and(eq(webhookEvents.tenantId, tenantId), gt(webhookEvents.id, afterId)))
      .orderBy(desc(webhookEvents.id))
      .limit(limit + 1),
  );
  const truncated = rows.length > limit;
  const kept = rows.slice(0, limit).reverse();
  return { events: normalizeAll(kept), truncated, lastId: kept.at(-1)?.id ?? null };
}

export async function readEventsByIds(run: TenantRunner, tenantId: string, ids: number[]): Promise<LiveEvent[]> {
  if (ids.length === 0) return [];
  const rows = await run((tx) =>
    tx
      .select(columns)
      .from(webhookEvents)
      .where(and(eq(webhookEvents.tenantId, tenantId), inArray(webhookEvents.id, ids)))
      .orderBy(asc(webhookEvents.id)),
  );
  return normalizeAll(rows);
}

function normalizeAll(rows: { id: number; event: string; payload: unknown; receivedAt: Date }[]): LiveEvent[] {
  return rows.flatMap((row) => normalizeChatwootEvent(row) ?? []);
}
