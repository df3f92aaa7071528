import "server-only";
import { proxyConnection } from "@/lib/api/service-route";
import type { TenantContext } from "@/lib/db/with-tenant";
import { type ChatwootClient, createChatwootClient } from "@/lib/integrations/chatwoot/client";
import { cacheKey, createTtlCache } from "../cache";

// Inboxes (with their templates), labels, canned responses, agents and the token's own profile change
// rarely and every inbox screen asks for them; a minute of staleness is harmless and saves Chatwoot's
// shared per-IP budget.
// At most 5,000 lists of 32 MB together, whatever the number of tenants: past that, the oldest go.
const referenceCache = createTtlCache({ ttlMs: 60_000, maxEntries: 5_000, maxBytes: 32 * 1024 * 1024 });

async function cachedRead<T>(
  ctx: TenantContext,
  operation: string,
  args: unknown,
  load: (client: ChatwootClient) => Promise<T>,
): Promise<T> {
  // The connection is looked up (and the rate limits counted) on every call: a disconnected service
  // answers 409 at once, and a reconnect to another URL or account never sees the old entries.
  const conn = await proxyConnection(ctx, "chatwoot");
  const key = cacheKey({ tenantId: ctx.tenantId, connection: `${conn.baseUrl}#${conn.accountId}`, operation, args });
  return referenceCache.get(key, () => load(createChatwootClient(conn, { tenantId: ctx.tenantId })));
}

export const cachedInboxes = (ctx: TenantContext) => cachedRead(ctx, "inboxes", null, (c) => c.listInboxes());
export const cachedLabels = (ctx: TenantContext) => cachedRead(ctx, "labels", null, (c) => c.listLabels());
export const cachedAgents = (ctx: TenantContext) => cachedRead(ctx, "agents", null, (c) => c.listAgents());
export const cachedCannedResponses = (ctx: TenantContext, search: string | undefined) =>
  cachedRead(ctx, "cannedResponses", search ?? "", (c) => c.listCannedResponses(search || undefined));
/**
 * The token owner's id, name and role (toProfile leaves out the access token Chatwoot includes), with
 * only the pinned account: the others the same user may belong to are none of this tenant's business.
 */
export const cachedProfile = (ctx: TenantContext) =>
  cachedRead(ctx, "profile", null, async (c) => {
    const profile = await c.profile();
    return { ...profile, accounts: profile.accounts.filter((a) => a.id === c.accountId) };
  });
