import "server-only";
import type { Db } from "@/lib/db/open";
import type { IntegrationScope } from "@/lib/integrations/manage-integrations";

/**
 * Provisioning connects services for a tenant whose admin may still be an invitation (no user yet),
 * so it cannot act through a member's RLS transaction. It acts as no user on the privileged
 * connection; the tenant id is still passed to every query explicitly.
 */
export function serviceScope(db: Db, tenantId: string): IntegrationScope {
  return { tenantId, userId: null, transaction: (fn) => db.transaction(fn) };
}
