import "server-only";
import { eq } from "drizzle-orm";
import { tenantIntegrations } from "@/lib/db/schema";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import type { IntegrationKind } from "./store/connection-schemas";

export type ServiceStatus = {
  kind: IntegrationKind;
  status: "connected" | "failing" | "unchecked" | "not_connected";
  lastError: string | null;
};

/** Whether each service is connected and healthy, without touching any secret: for tab states. */
export async function integrationStatuses(ctx: TenantContext): Promise<Record<IntegrationKind, ServiceStatus>> {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({
        kind: tenantIntegrations.kind,
        status: tenantIntegrations.status,
        lastError: tenantIntegrations.lastError,
      })
      .from(tenantIntegrations)
      .where(eq(tenantIntegrations.tenantId, ctx.tenantId)),
  );
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const status = (kind: IntegrationKind): ServiceStatus =>
    byKind.get(kind) ?? { kind, status: "not_connected", lastError: null };
  return { chatwoot: status("chatwoot"), odoo: status("odoo"), n8n: status("n8n") };
}
