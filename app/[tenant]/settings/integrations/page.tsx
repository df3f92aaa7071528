import { PlugZap } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { getI18n } from "@/lib/i18n/server";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("settings.integrations") };
}

export default async function IntegrationsPage({ params }: { params: Promise<{ tenant: string }> }) {
  await getPageTenant((await params).tenant);
  const { t } = await getI18n();
  return <EmptyState icon={PlugZap} title={t("empty.integrationsTitle")} body={t("empty.integrationsBody")} />;
}
