import type { Metadata } from "next";
import { IntegrationsPanel } from "@/features/settings/components/integrations/integrations-panel";
import { getI18n } from "@/lib/i18n/server";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("settings.integrations") };
}

export default async function IntegrationsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await getPageTenant((await params).tenant);
  return <IntegrationsPanel tenantId={tenant.id} canManage={tenant.role === "admin"} />;
}
