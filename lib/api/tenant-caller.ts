import "server-only";
import { sql } from "drizzle-orm";
import type { CallerKey } from "@/lib/auth/current-identity";
import type { Identity } from "@/lib/auth/identity";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";
import { refundHits, retryAfter, windowStart } from "@/lib/rate-limit";
import type { TenantSummary } from "@/lib/tenancy/memberships";
import { isUuid } from "@/lib/uuid";
import { PROXY_WINDOW_SECONDS, proxyLimitKeys, proxyLimits } from "./service-route";

export type TenantCaller = {
  identity: Identity | null;
  /** Null for "no such tenant" and "not a member" alike (the route answers 404 for both). */
  tenant: TenantSummary | null;
  /** Set when the upstream call was counted; `limited` carries Retry-After when over a limit. */
  upstream?: { limited: { retryAfter: number } | null; refund(): Promise<void> };
};

type Row = {
  user_id: string;
  email: string;
  name: string;
  tenant_id: string | null;
  slug: string;
  legal_name: string;
  plan: TenantSummary["plan"];
  status: TenantSummary["status"];
  role: TenantSummary["role"] | null;
  tenant_hits: number | null;
  user_hits: number | null;
};

/**
 * Who is calling, their membership in the tenant of the path, and for routes that call an upstream,
 * the proxy's rate-limit hits: app.tenant_caller, one round trip on every tenant request, on the
 * privileged connection `db` (sessions and counters are reached by no other role). The tenant id is
 * matched explicitly there, and every read of the tenant's data afterwards runs under RLS with this
 * membership claimed.
 */
export async function resolveTenantCaller(
  db: Db,
  caller: CallerKey | null,
  tenantId: unknown,
  opts: { countUpstreamCall: boolean },
): Promise<TenantCaller> {
  if (!caller) return { identity: null, tenant: null };
  const tenant = typeof tenantId === "string" && isUuid(tenantId) ? tenantId : null;
  const start = windowStart(PROXY_WINDOW_SECONDS);
  const [row] = await executeRows<Row>(
    db,
    sql`select * from app.tenant_caller(
      ${"sessionHash" in caller ? caller.sessionHash : null}, ${"userId" in caller ? caller.userId : null},
      ${tenant}::uuid, ${opts.countUpstreamCall}, ${start.toISOString()}::timestamptz,
      ${proxyLimits.tenant.prefix}, ${proxyLimits.user.prefix})`,
  );
  if (!row) return { identity: null, tenant: null };
  const identity = { userId: row.user_id, email: row.email, name: row.name };
  if (!row.tenant_id || !row.role) return { identity, tenant: null };
  const summary: TenantSummary = {
    id: row.tenant_id,
    slug: row.slug,
    legalName: row.legal_name,
    plan: row.plan,
    status: row.status,
    role: row.role,
  };
  if (!opts.countUpstreamCall) return { identity, tenant: summary };
  const over =
    Number(row.tenant_hits ?? 0) > proxyLimits.tenant.limit || Number(row.user_hits ?? 0) > proxyLimits.user.limit;
  const keys = proxyLimitKeys(row.tenant_id, row.user_id).map((l) => l.key);
  return {
    identity,
    tenant: summary,
    upstream: {
      limited: over ? { retryAfter: retryAfter(start, PROXY_WINDOW_SECONDS) } : null,
      refund: () => refundHits(db, keys, start),
    },
  };
}
