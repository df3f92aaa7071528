import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { SyncResponse } from "@/lib/contacts/contact-types";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db, Tx } from "@/lib/db/open";
import { activityLog, tenantIntegrations } from "@/lib/db/schema";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { ApiError, failureOf } from "@/lib/errors";
import { type ChatwootClient, createChatwootClient } from "@/lib/integrations/chatwoot/client";
import { createOdooClient, type OdooClient } from "@/lib/integrations/odoo/client";
import type { Connection, IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import { findIntegrationRow } from "@/lib/integrations/store/integration-rows";
import { connectionOf } from "@/lib/integrations/tenant-connection";
import { log } from "@/lib/log";
import { chatwootFor, odooFor } from "@/lib/proxy/clients";
import { applyContactFlags, lockTenantContacts, mergeRecords, type SourceRecord } from "./merge-records";
import {
  readChatwootContacts,
  readOdooPartners,
  readOpenConversationContacts,
  readUnpaidInvoices,
} from "./read-upstream";

const SYNCED = "contacts.synced";

type Clients = { chatwoot: () => Promise<ChatwootClient>; odoo: () => Promise<OdooClient> };
type ServiceOutcome = SyncResponse["chatwoot"];

async function read<C, T>(client: () => Promise<C>, fn: (c: C) => Promise<T>): Promise<[ServiceOutcome, T | null]> {
  try {
    return [{ status: "ok", records: 0 }, await fn(await client())];
  } catch (error) {
    if (error instanceof ApiError && error.code === "integration_not_connected") {
      return [{ status: "not_connected", records: 0 }, null];
    }
    return [{ status: "failed", records: 0, ...failureOf(error) }, null];
  }
}

/**
 * Reads Chatwoot contacts and Odoo partners (a failing or missing service is reported, the other
 * still syncs), then merges them in one transaction so a reader never sees half a sync.
 */
async function syncWith(
  tenantId: string,
  actor: string | null,
  clients: Clients,
  inTx: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>,
): Promise<SyncResponse> {
  const [[chatwoot, cw], [odoo, od]] = await Promise.all([
    read(clients.chatwoot, async (c) => ({
      records: await readChatwootContacts(c),
      open: await readOpenConversationContacts(c),
    })),
    read(clients.odoo, async (o) => ({ records: await readOdooPartners(o), unpaid: await readUnpaidInvoices(o) })),
  ]);
  const records: SourceRecord[] = [...(od?.records ?? []), ...(cw?.records ?? [])];
  chatwoot.records = cw?.records.length ?? 0;
  odoo.records = od?.records.length ?? 0;
  const syncedAt = new Date();
  const counts = await inTx(async (tx) => {
    await lockTenantContacts(tx, tenantId);
    const c = await mergeRecords(tx, tenantId, records);
    await applyContactFlags(tx, tenantId, { openChatwootIds: cw?.open ?? null, unpaidByPartner: od?.unpaid ?? null });
    await logActivity(tx, { tenantId, userId: actor }, SYNCED, null, {
      chatwoot: chatwoot.status,
      odoo: odoo.status,
      ...c,
    });
    return c;
  });
  return { chatwoot, odoo, created: counts.created, merged: counts.merged, syncedAt: syncedAt.toISOString() };
}

/** On demand, as the signed-in user: under RLS, through the proxies' rate limits. */
export function syncContactsForUser(ctx: TenantContext): Promise<SyncResponse> {
  return syncWith(ctx.tenantId, ctx.userId, { chatwoot: () => chatwootFor(ctx), odoo: () => odooFor(ctx) }, (fn) =>
    withTenant(ctx, fn),
  );
}

async function serviceConnection<K extends IntegrationKind>(db: Db, tenantId: string, kind: K): Promise<Connection[K]> {
  return connectionOf(tenantId, kind, await db.transaction((tx) => findIntegrationRow(tx, tenantId, kind)));
}

/** The periodic refresh and webhook-triggered syncs: the service path, acting for no user. */
export function syncContactsAsService(db: Db, tenantId: string): Promise<SyncResponse> {
  return syncWith(
    tenantId,
    null,
    {
      chatwoot: async () => createChatwootClient(await serviceConnection(db, tenantId, "chatwoot"), { tenantId }),
      odoo: async () => createOdooClient(await serviceConnection(db, tenantId, "odoo"), { tenantId }),
    },
    (fn) => db.transaction(fn),
  );
}

export async function lastContactSync(tx: Tx, tenantId: string): Promise<string | null> {
  const [row] = await tx
    .select({ at: activityLog.createdAt })
    .from(activityLog)
    .where(and(eq(activityLog.tenantId, tenantId), eq(activityLog.action, SYNCED)))
    .orderBy(desc(activityLog.createdAt))
    .limit(1);
  return row ? row.at.toISOString() : null;
}

const REFRESH_EVERY_MS = 30 * 60_000;

/**
 * Tenants whose contacts were synced before, over 30 minutes ago, with Chatwoot or Odoo still
 * connected, get one sync per call (oldest first), so a tick stays short and instances share the
 * work. The first sync is a person's (the Contactos page offers it): a workspace that never opens
 * Contactos costs its services and the database nothing.
 */
export async function refreshStaleContacts(db: Db, now = Date.now()) {
  const cutoff = new Date(now - REFRESH_EVERY_MS).toISOString();
  const rows = await executeRows<{ tenant_id: string }>(
    db,
    sql`select distinct i.tenant_id from ${tenantIntegrations} i
        where i.kind in ('chatwoot', 'odoo') and i.credentials_encrypted is not null
          and exists (select 1 from ${activityLog} a where a.tenant_id = i.tenant_id and a.action = ${SYNCED})
          and not exists (
            select 1 from ${activityLog} a
            where a.tenant_id = i.tenant_id and a.action = ${SYNCED} and a.created_at > ${cutoff}::timestamptz
          )
        order by 1 limit 1`,
  );
  for (const { tenant_id } of rows) {
    const res = await syncContactsAsService(db, tenant_id);
    log.info("contacts refreshed", { tenantId: tenant_id, created: res.created, merged: res.merged });
  }
}
