import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { loadOverview } from "@/lib/kpis/load";
import { within } from "@/lib/kpis/within";
import { getPageTenant } from "@/lib/tenancy/page-tenant";
import { OverviewScreen } from "../components/overview-screen";
import { overviewKeys } from "../lib/overview-query-keys";

// A slow upstream must not hold the whole page: past this the browser fetches the figures itself.
const PREFETCH_BUDGET_MS = 2_000;

export const overviewMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t("nav.overview") });

/** /{slug}/overview: the figures are computed here first, so the page paints with them. */
export async function OverviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, identity } = await getPageTenant((await params).tenant);
  const ctx = { userId: identity.userId, email: identity.email, tenantId: tenant.id, role: tenant.role };
  const queryClient = new QueryClient();
  const data = await within(PREFETCH_BUDGET_MS, loadOverview(ctx));
  if (data) queryClient.setQueryData(overviewKeys.overview(tenant.id), data);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewScreen tenant={{ id: tenant.id, slug: tenant.slug }} />
    </HydrationBoundary>
  );
}
