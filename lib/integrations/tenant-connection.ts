import "server-only";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import type { Connection, IntegrationKind } from "./store/connection-schemas";
import { findIntegrationRow } from "./store/integration-rows";
import { openSecrets } from "./store/sealed-fields";

const notConnected: Record<IntegrationKind, string> = {
  chatwoot: "Chatwoot no está conectado. Conéctalo en Configuración → Integraciones.",
  odoo: "Odoo no está conectado. Conéctalo en Configuración → Integraciones.",
  n8n: "n8n no está conectado. Conéctalo en Configuración → Integraciones.",
};

/**
 * The tenant's saved connection for a service, secrets decrypted, for the proxies. The account id and
 * database come from here, never from the request.
 */
export async function getConnection<K extends IntegrationKind>(ctx: TenantContext, kind: K): Promise<Connection[K]> {
  const row = await withTenant(ctx, (tx) => findIntegrationRow(tx, ctx.tenantId, kind));
  if (!row?.credentialsEncrypted) {
    throw new ApiError("integration_not_connected", notConnected[kind], { details: { service: kind } });
  }
  const secrets = openSecrets(ctx.tenantId, kind, row.credentialsEncrypted);
  const { accountId, database, login } = row.config as { accountId?: number; database?: string; login?: string };
  return { baseUrl: row.baseUrl, accountId, database, login, ...secrets } as unknown as Connection[K];
}
