import "server-only";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import { connectionKey } from "@/lib/events/notified-cache";
import { processCache } from "@/lib/events/process-cache";
import type { Connection, IntegrationKind } from "./store/connection-schemas";
import { findIntegrationRow, type IntegrationRow } from "./store/integration-rows";
import { openSecrets } from "./store/sealed-fields";

/**
 * The tenant's saved connection for a service, secrets decrypted, for the proxies. The account id and
 * database come from here, never from the request. Read under RLS with the tenant claimed; the
 * process keeps it until the row changes (lib/events/notified-cache.ts). Callers check membership first.
 */
export async function getConnection<K extends IntegrationKind>(ctx: TenantContext, kind: K): Promise<Connection[K]> {
  return processCache().get(connectionKey(ctx.tenantId, kind), async () => {
    const row = await withTenant(ctx, (tx) => findIntegrationRow(tx, ctx.tenantId, kind));
    const connection = connectionOf(ctx.tenantId, kind, row);
    // Shared by every request of the tenant on this instance: nobody may change it.
    Object.freeze(connection);
    return connection;
  });
}

/**
 * Drops this process's copy at once after a save or a disconnect here, so the very next request of
 * this instance reads the new row; the trigger's NOTIFY tells the other instances.
 */
export function forgetConnection(tenantId: string, kind: IntegrationKind) {
  processCache().forget(connectionKey(tenantId, kind));
}

/** A saved integration row as a connection, secrets decrypted; for callers that read the row themselves. */
export function connectionOf<K extends IntegrationKind>(tenantId: string, kind: K, row: IntegrationRow | undefined) {
  if (!row?.credentialsEncrypted) {
    throw new ApiError("integration_not_connected", "integration_not_connected", { details: { service: kind } });
  }
  const secrets = openSecrets(tenantId, kind, row.credentialsEncrypted);
  const { accountId, database, login } = row.config as { accountId?: number; database?: string; login?: string };
  return { baseUrl: row.baseUrl, accountId, database, login, ...secrets } as unknown as Connection[K];
}
