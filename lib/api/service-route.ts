import "server-only";
import type { TenantContext } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import type { Connection, IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import { getConnection } from "@/lib/integrations/tenant-connection";
import { hit } from "@/lib/rate-limit";

// Every proxied call counts against its tenant and its user, in Postgres so all instances share the
// counts. Chatwoot's own limit is per server IP (3000/min shared by all tenants): these keep one
// tenant from spending it for everyone.
export const PROXY_WINDOW_SECONDS = 60;
export const proxyLimits = {
  tenant: { prefix: "proxy:tenant:", limit: 600 },
  user: { prefix: "proxy:user:", limit: 240 },
} as const;

export const proxyLimitKeys = (tenantId: string, userId: string) => [
  { key: `${proxyLimits.tenant.prefix}${tenantId}`, limit: proxyLimits.tenant.limit },
  { key: `${proxyLimits.user.prefix}${userId}`, limit: proxyLimits.user.limit },
];

export function rateLimited(retryAfter: number) {
  return new ApiError("rate_limited", "too_many_requests", {
    headers: { "Retry-After": String(retryAfter) },
    details: { retryAfter },
  });
}

export async function enforceProxyRateLimits(ctx: TenantContext) {
  const results = await Promise.all(
    proxyLimitKeys(ctx.tenantId, ctx.userId).map(({ key, limit }) =>
      hit(key, { limit, seconds: PROXY_WINDOW_SECONDS }),
    ),
  );
  const limited = results.find((r) => r.limited);
  if (limited) throw rateLimited(limited.retryAfter);
}

/**
 * Rate limits, then the tenant's pinned connection for the service (404-safe: ctx is already
 * checked). Routes declared `upstream` had this request counted with their caller (tenant-caller.ts).
 */
export async function proxyConnection<K extends IntegrationKind>(ctx: TenantContext, kind: K): Promise<Connection[K]> {
  if (!ctx.upstreamCallCounted) await enforceProxyRateLimits(ctx);
  return getConnection(ctx, kind);
}
