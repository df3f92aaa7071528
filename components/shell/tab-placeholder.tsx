import type { LucideIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/types";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

/** A tab whose data source is not connected yet: says what will be here and where to connect it. */
export async function TabPlaceholder(props: {
  params: Promise<{ tenant: string }>;
  title: MessageKey;
  emptyTitle: MessageKey;
  emptyBody: MessageKey;
  icon: LucideIcon;
}) {
  // Access is checked here, next to the page, not only in the layout.
  const { tenant } = await getPageTenant((await props.params).tenant);
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t(props.title)} />
      <EmptyState
        icon={props.icon}
        title={t(props.emptyTitle)}
        body={t(props.emptyBody)}
        action={
          <Button asChild>
            <Link href={`/${tenant.slug}/settings/integrations`}>{t("empty.goToIntegrations")}</Link>
          </Button>
        }
      />
    </>
  );
}

export const placeholderMetadata = (title: MessageKey) => async (): Promise<Metadata> => ({
  title: (await getI18n()).t(title),
});
