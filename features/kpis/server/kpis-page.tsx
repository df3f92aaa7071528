import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { integrationStatuses } from "@/lib/integrations/integration-status";
import { loadAutomation, loadInvoices, loadSales, loadService } from "@/lib/kpis/load";
import { within } from "@/lib/kpis/within";
import { getPageTenant } from "@/lib/tenancy/page-tenant";
import { KpisScreen } from "../components/kpis-screen";
import { kpisKeys } from "../lib/kpi-query-keys";
import { parseRange } from "../lib/range-param";

// Sections the server has ready within this budget arrive with the page; slower ones load in the
// browser (in parallel), so one slow service never holds the others.
const PREFETCH_BUDGET_MS = 2_000;

export const kpisMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t("nav.kpis") });

export async function KpisPage(props: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant, identity } = await getPageTenant((await props.params).tenant);
  const ctx = { userId: identity.userId, email: identity.email, tenantId: tenant.id, role: tenant.role };
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(await props.searchParams)) if (typeof v === "string") search.set(k, v);
  const choice = parseRange(search);
  const statuses = await integrationStatuses(ctx);
  const connected = {
    odoo: statuses.odoo.status !== "not_connected",
    chatwoot: statuses.chatwoot.status !== "not_connected",
    n8n: statuses.n8n.status !== "not_connected",
  };
  const queryClient = new QueryClient();
  const { range } = choice;
  const prefetch = <T,>(section: Parameters<typeof kpisKeys.section>[1], on: boolean, load: () => Promise<T>) =>
    on
      ? within(PREFETCH_BUDGET_MS, load()).then((data) => {
          if (data) queryClient.setQueryData(kpisKeys.section(tenant.id, section, range), data);
        })
      : Promise.resolve();
  await Promise.all([
    prefetch("sales", connected.odoo, () => loadSales(ctx, range)),
    prefetch("invoices", connected.odoo, () => loadInvoices(ctx, range)),
    prefetch("service", connected.chatwoot, () => loadService(ctx, range)),
    prefetch("automation", connected.n8n, () => loadAutomation(ctx, range)),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <KpisScreen tenant={{ id: tenant.id, slug: tenant.slug }} connected={connected} initial={choice} />
    </HydrationBoundary>
  );
}
