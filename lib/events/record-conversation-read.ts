import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { HUB_CONVERSATION_READ } from "./hub-events";

/**
 * Stores "this conversation was read" as a live event of the tenant (migration 20261207004000), so
 * other tabs and instances patch their caches: Chatwoot itself sends no webhook for update_last_seen.
 * Runs as the member under RLS, tenant explicit; the integration is the tenant's Chatwoot one.
 */
export async function recordConversationRead(ctx: TenantContext, conversationId: number): Promise<void> {
  const payload = JSON.stringify({
    event: HUB_CONVERSATION_READ,
    id: conversationId,
    unread_count: 0,
    changed_attributes: [{ unread_count: { current_value: 0 } }],
  });
  await withTenant(ctx, (tx) =>
    tx.execute(sql`
      insert into public.webhook_events (tenant_id, integration_id, delivery_key, event, payload)
      select ${ctx.tenantId}, i.id, ${`hub-read:${conversationId}:${randomUUID()}`}, ${HUB_CONVERSATION_READ},
             ${payload}::jsonb
      from public.tenant_integrations i
      where i.tenant_id = ${ctx.tenantId} and i.kind = 'chatwoot'`),
  );
}
