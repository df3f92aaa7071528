import "server-only";
import { enforceProxyRateLimits } from "@/lib/api/service-route";
import type { TenantContext } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import { type DayRange, previousRange, rangeInstants, santiagoDayOf } from "@/lib/format/santiago-range";
import { createChatwootClient } from "@/lib/integrations/chatwoot/client";
import { integrationStatuses, type ServiceStatus } from "@/lib/integrations/integration-status";
import { createN8nClient } from "@/lib/integrations/n8n/client";
import { createOdooClient } from "@/lib/integrations/odoo/client";
import type { Connection, IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import { getConnection } from "@/lib/integrations/tenant-connection";
import { recentActivity } from "./activity";
import { automationStats, executionsSince, workflowNames } from "./automation";
import { cachedFigure } from "./cache";
import { conversationsCreatedSince } from "./chatwoot-scan";
import { invoiceFigures } from "./invoices";
import type { AutomationKpis, InvoiceKpis, Overview, SalesKpis, ServiceKpis, ServiceResult } from "./kpi-types";
import { chatwootOverview, n8nOverview, odooOverview } from "./overview";
import { salesFigures } from "./sales";
import { serviceFigures, serviceReports } from "./service";

// What the KPI routes and the pages' prefetch call: the tenant's connection, a cached figure keyed by
// tenant + connection + range, computed on a miss (after the proxies' rate limits) by lib/kpis.

/** Which account/database the figures come from: reconnecting elsewhere must not serve the old ones. */
function fingerprint(conn: Connection[IntegrationKind]): string {
  const c = conn as { baseUrl: string; accountId?: number; database?: string; login?: string };
  return [c.baseUrl, c.accountId ?? "", c.database ?? "", c.login ?? ""].join("|");
}

async function figure<K extends IntegrationKind, T>(
  ctx: TenantContext,
  kind: K,
  name: string,
  args: unknown,
  compute: (conn: Connection[K]) => Promise<T>,
): Promise<T> {
  const conn = await getConnection(ctx, kind);
  return cachedFigure({ tenantId: ctx.tenantId, connection: fingerprint(conn), figure: name, args }, async () => {
    await enforceProxyRateLimits(ctx);
    return compute(conn);
  });
}

const opts = (ctx: TenantContext) => ({ tenantId: ctx.tenantId });

export const loadSales = (ctx: TenantContext, range: DayRange): Promise<SalesKpis> =>
  figure(ctx, "odoo", "sales", range, (conn) => salesFigures(createOdooClient(conn, opts(ctx)), range));

export const loadInvoices = (ctx: TenantContext, range: DayRange, nowMs = Date.now()): Promise<InvoiceKpis> => {
  const today = santiagoDayOf(nowMs);
  return figure(ctx, "odoo", "invoices", { range, today }, (conn) =>
    invoiceFigures(createOdooClient(conn, opts(ctx)), range, today),
  );
};

export const loadService = (ctx: TenantContext, range: DayRange): Promise<ServiceKpis> =>
  figure(ctx, "chatwoot", "service", range, async (conn) => {
    const chatwoot = createChatwootClient(conn, opts(ctx));
    const since = rangeInstants(previousRange(range)).since;
    const [scan, inboxes, reports] = await Promise.all([
      conversationsCreatedSince(conn, since, opts(ctx)),
      chatwoot.listInboxes(),
      serviceReports(chatwoot, range),
    ]);
    return serviceFigures(scan, range, inboxes, reports);
  });

export const loadAutomation = (ctx: TenantContext, range: DayRange): Promise<AutomationKpis> =>
  figure(ctx, "n8n", "automation", range, async (conn) => {
    const n8n = createN8nClient(conn, opts(ctx));
    const since = rangeInstants(previousRange(range)).since;
    const [scan, names] = await Promise.all([executionsSince(n8n, since), workflowNames(n8n)]);
    return automationStats(scan, range, names);
  });

/** A service's card data, or why there is none: never zeros for a service that is not there. */
async function serviceResult<T>(status: ServiceStatus, load: () => Promise<T>): Promise<ServiceResult<T>> {
  if (status.status === "not_connected") return { state: "not_connected" };
  try {
    return { state: "ok", data: await load() };
  } catch (e) {
    if (e instanceof ApiError && e.code === "integration_not_connected") return { state: "not_connected" };
    if (e instanceof ApiError) return { state: "error", code: e.code, message: e.message, details: e.details };
    return { state: "error", code: "internal_error", message: "" };
  }
}

export async function loadOverview(ctx: TenantContext, nowMs = Date.now()): Promise<Overview> {
  const statuses = await integrationStatuses(ctx);
  // Cached per minute: "today" figures stay keyed by the day, so midnight never serves yesterday's.
  const args = { today: santiagoDayOf(nowMs) };
  const [chatwoot, odoo, n8n, activity] = await Promise.all([
    serviceResult(statuses.chatwoot, () =>
      figure(ctx, "chatwoot", "overview", args, (conn) =>
        chatwootOverview(createChatwootClient(conn, opts(ctx)), nowMs),
      ),
    ),
    serviceResult(statuses.odoo, () =>
      figure(ctx, "odoo", "overview", args, (conn) => odooOverview(createOdooClient(conn, opts(ctx)), nowMs)),
    ),
    serviceResult(statuses.n8n, () =>
      figure(ctx, "n8n", "overview", args, (conn) => n8nOverview(createN8nClient(conn, opts(ctx)), nowMs)),
    ),
    recentActivity(ctx),
  ]);
  return { today: args.today, chatwoot, odoo, n8n, activity, role: ctx.role };
}
