import type { Metadata } from "next";
import { MembersPanel } from "@/features/settings/components/members-panel";
import { getI18n } from "@/lib/i18n/server";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("settings.members") };
}

export default async function MembersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await getPageTenant((await params).tenant);
  return <MembersPanel tenantId={tenant.id} canManage={tenant.role === "admin"} />;
}
