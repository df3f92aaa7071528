import type { Metadata } from "next";
import { Suspense } from "react";
import { TableSkeleton } from "@/components/table-skeleton";
import { ContactsScreen } from "@/features/contacts/components/contacts-screen";
import { getI18n } from "@/lib/i18n/server";
import { roleAtLeast } from "@/lib/tenancy/memberships";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t("nav.contacts") });

// The list lives in the Hub's own tables, so it shows whatever is connected; sync says what is not.
export default async function ContactsPage({ params }: { params: Promise<{ tenant: string }> }) {
  // Access is checked here, next to the page, not only in the layout.
  const { tenant } = await getPageTenant((await params).tenant);
  return (
    // The filters read the URL's search params on the client.
    <Suspense fallback={<TableSkeleton rows={8} />}>
      <ContactsScreen tenantId={tenant.id} slug={tenant.slug} canEdit={roleAtLeast(tenant.role, "staff")} />
    </Suspense>
  );
}
