import type { LucideIcon } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/types";
import { integrationStatuses } from "@/lib/integrations/integration-status";
import type { IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import { getPageTenant } from "@/lib/tenancy/page-tenant";
import { ServiceStatusList } from "./service-status-list";

/** A tab whose data source is not connected yet: says what will be here and where to connect it. */
export async function TabPlaceholder(props: {
  params: Promise<{ tenant: string }>;
  title: MessageKey;
  emptyTitle: MessageKey;
  emptyBody: MessageKey;
  icon: LucideIcon;
  services: IntegrationKind[];
}) {
  // Access is checked here, next to the page, not only in the layout.
  const { tenant, identity } = await getPageTenant((await props.params).tenant);
  const { t } = await getI18n();
  const statuses = await integrationStatuses({ userId: identity.userId, tenantId: tenant.id, role: tenant.role });
  return (
    <>
      <PageHeader title={t(props.title)} />
      <EmptyState
        icon={props.icon}
        title={t(props.emptyTitle)}
        body={t(props.emptyBody)}
        action={<ServiceStatusList services={props.services.map((k) => statuses[k])} slug={tenant.slug} t={t} />}
      />
    </>
  );
}

export const placeholderMetadata = (title: MessageKey) => async (): Promise<Metadata> => ({
  title: (await getI18n()).t(title),
});
