import "server-only";
import { Bot } from "lucide-react";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TabPlaceholder } from "@/components/shell/tab-placeholder";
import type { TenantContext } from "@/lib/db/with-tenant";
import { getI18n } from "@/lib/i18n/server";
import { integrationStatuses } from "@/lib/integrations/integration-status";
import { roleAtLeast } from "@/lib/tenancy/memberships";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export const automationMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t("nav.automation") });

/**
 * The Automatización pages' common part: access (404 for non-members), then n8n's state. Not
 * connected or failing → the tab says so and links to where to fix it; otherwise `render` the UI.
 */
export async function AutomationGate(props: {
  params: Promise<{ tenant: string }>;
  render: (p: { tenantId: string; slug: string; canEdit: boolean }) => ReactNode;
}) {
  const { tenant, identity } = await getPageTenant((await props.params).tenant);
  const ctx: TenantContext = { userId: identity.userId, email: identity.email, tenantId: tenant.id, role: tenant.role };
  const { n8n } = await integrationStatuses(ctx);
  if (n8n.status === "not_connected" || n8n.status === "failing") {
    return (
      <TabPlaceholder
        params={props.params}
        title="nav.automation"
        emptyTitle="empty.automationTitle"
        emptyBody="empty.automationBody"
        services={["n8n"]}
        icon={Bot}
      />
    );
  }
  return props.render({ tenantId: tenant.id, slug: tenant.slug, canEdit: roleAtLeast(tenant.role, "staff") });
}
