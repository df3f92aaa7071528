import "server-only";
import type { TenantContext } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import type { Connection, IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import { getConnection } from "@/lib/integrations/tenant-connection";
import { hit } from "@/lib/rate-limit";

// Every proxied call counts against its tenant and its user, in Postgres so all instances share the
// counts. Chatwoot's own limit is per server IP (3000/min shared by all tenants): these keep one
// tenant from spending it for everyone.
const perTenant = { limit: 600, seconds: 60 };
const perUser = { limit: 240, seconds: 60 };

export async function enforceProxyRateLimits(ctx: TenantContext) {
  const [tenant, user] = await Promise.all([
    hit(`proxy:tenant:${ctx.tenantId}`, perTenant),
    hit(`proxy:user:${ctx.userId}`, perUser),
  ]);
  const limited = [tenant, user].find((r) => r.limited);
  if (limited) {
    throw new ApiError("rate_limited", "too_many_requests", {
      headers: { "Retry-After": String(limited.retryAfter) },
      details: { retryAfter: limited.retryAfter },
    });
  }
}

/** Rate limits, then the tenant's pinned connection for the service (404-safe: ctx is already checked). */
export async function proxyConnection<K extends IntegrationKind>(ctx: TenantContext, kind: K): Promise<Connection[K]> {
  await enforceProxyRateLimits(ctx);
  return getConnection(ctx, kind);
}
