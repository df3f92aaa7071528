import "server-only";
import { and, eq } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { tenantIntegrations } from "@/lib/db/schema";
import { isUuid } from "@/lib/uuid";
import { openWebhookSecrets, type WebhookSecrets } from "./sealed-fields";

export type WebhookTarget = { integrationId: string; tenantId: string } & WebhookSecrets;

/**
 * Webhook ingest is a service path: the request carries no user, only the integration id in its URL,
 * so the lookup runs on the privileged connection and the secrets decide whether it is trusted.
 */
export async function findChatwootWebhookTarget(integrationId: string): Promise<WebhookTarget | null> {
  if (!isUuid(integrationId)) return null;
  const db = await servicePathDb();
  const [row] = await db
    .select({
      id: tenantIntegrations.id,
      tenantId: tenantIntegrations.tenantId,
      sealed: tenantIntegrations.webhookSecretEncrypted,
    })
    .from(tenantIntegrations)
    .where(and(eq(tenantIntegrations.id, integrationId), eq(tenantIntegrations.kind, "chatwoot")));
  if (!row?.sealed) return null;
  return { integrationId: row.id, tenantId: row.tenantId, ...openWebhookSecrets(row.tenantId, row.sealed) };
}
