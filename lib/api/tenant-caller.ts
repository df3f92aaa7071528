import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";
import { tenantMembers, tenants } from "@/lib/db/schema";
import { countHitsCtes, refundHits, retryAfter, windowStart } from "@/lib/rate-limit";
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
  userId: string;
  email: string;
  name: string;
  tenantId: string | null;
  slug: string;
  legalName: string;
  plan: TenantSummary["plan"];
  status: TenantSummary["status"];
  role: TenantSummary["role"] | null;
  hits: { key: string; count: number }[] | string | null;
};

/**
 * `caller` is a subquery of (id, email, name) for the signed-in person (callerQuery), `db` the
 * privileged connection. Who is calling, their membership in the tenant of the path, and for routes that call an upstream,
 * the proxy's rate-limit hits: one statement, one round trip, on every tenant request. It runs on the
 * privileged connection because sessions and counters are reached by no other role; the tenant id is
 * matched explicitly here, and every read of the tenant's data afterwards runs under RLS with this
 * membership claimed. Hits are counted only for a member, so no outsider spends a tenant's budget.
 */
export async function resolveTenantCaller(
  db: Db,
  caller: SQL | null,
  tenantId: unknown,
  opts: { countUpstreamCall: boolean },
): Promise<TenantCaller> {
  if (!caller) return { identity: null, tenant: null };
  const tenant = typeof tenantId === "string" && isUuid(tenantId) ? tenantId : null;
  const start = windowStart(PROXY_WINDOW_SECONDS);
  // The same keys as proxyLimitKeys, built in SQL from the rows this statement finds.
  const keys: SQL = opts.countUpstreamCall
    ? sql`select l.key from member, caller, lateral (values
        (${proxyLimits.tenant.prefix}::text || member.id::text), (${proxyLimits.user.prefix}::text || caller.id)
      ) as l(key)`
    : sql`select null::text as key where false`;
  const [row] = await executeRows<Row>(
    db,
    sql`with caller as (${caller}),
      member as (
        select ${tenants.id} as id, ${tenants.slug} as slug, ${tenants.legalName} as legal_name,
          ${tenants.plan} as plan, ${tenants.status} as status, ${tenantMembers.role} as role
        from caller
        join ${tenantMembers} on ${tenantMembers.userId} = caller.id and ${tenantMembers.status} = 'active'
          and ${tenantMembers.tenantId} = ${tenant}::uuid
        join ${tenants} on ${tenants.id} = ${tenantMembers.tenantId}
      ),
      ${countHitsCtes(keys, start)}
      select caller.id as "userId", caller.email, caller.name, member.id as "tenantId", member.slug,
        member.legal_name as "legalName", member.plan, member.status, member.role,
        (select json_agg(json_build_object('key', key, 'count', count)) from counted) as hits
      from caller left join member on true`,
  );
  if (!row) return { identity: null, tenant: null };
  const identity = { userId: row.userId, email: row.email, name: row.name };
  if (!row.tenantId || !row.role) return { identity, tenant: null };
  const summary: TenantSummary = {
    id: row.tenantId,
    slug: row.slug,
    legalName: row.legalName,
    plan: row.plan,
    status: row.status,
    role: row.role,
  };
  if (!opts.countUpstreamCall) return { identity, tenant: summary };
  const hits = (typeof row.hits === "string" ? JSON.parse(row.hits) : row.hits) ?? [];
  const counts = new Map<string, number>(hits.map((h: { key: string; count: number }) => [h.key, Number(h.count)]));
  const byKey = proxyLimitKeys(row.tenantId, row.userId);
  const over = byKey.some((l) => (counts.get(l.key) ?? 0) > l.limit);
  return {
    identity,
    tenant: summary,
    upstream: {
      limited: over ? { retryAfter: retryAfter(start, PROXY_WINDOW_SECONDS) } : null,
      refund: () =>
        refundHits(
          db,
          byKey.map((l) => l.key),
          start,
        ),
    },
  };
}
