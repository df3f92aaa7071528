import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { SettingsTabs } from "@/features/settings/components/settings-tabs";
import { getI18n } from "@/lib/i18n/server";

export default async function SettingsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { t } = await getI18n();
  const { tenant } = await params;
  return (
    <>
      <PageHeader title={t("settings.title")} />
      <SettingsTabs slug={tenant} />
      <div className="mt-6">{children}</div>
    </>
  );
}
