import "server-only";
import { proxyConnection } from "@/lib/api/service-route";
import type { TenantContext } from "@/lib/db/with-tenant";
import { createChatwootClient } from "@/lib/integrations/chatwoot/client";
import { createN8nClient } from "@/lib/integrations/n8n/client";
import { createOdooClient } from "@/lib/integrations/odoo/client";

// Rate limits, then an adapter bound to the tenant's saved connection. The account id, database and
// base URL come only from that connection: nothing in a request can choose them.

export async function chatwootFor(ctx: TenantContext) {
  return createChatwootClient(await proxyConnection(ctx, "chatwoot"), { tenantId: ctx.tenantId });
}

export async function odooFor(ctx: TenantContext) {
  return createOdooClient(await proxyConnection(ctx, "odoo"), { tenantId: ctx.tenantId });
}

export async function n8nFor(ctx: TenantContext) {
  return createN8nClient(await proxyConnection(ctx, "n8n"), { tenantId: ctx.tenantId });
}
