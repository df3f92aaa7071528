"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { PageHeader } from "@/components/page-header";
import { formatDate } from "@/lib/format/dates";
import { previousRange } from "@/lib/format/santiago-range";
import { useI18n } from "@/lib/i18n/client";
import type { AutomationKpis, InvoiceKpis, SalesKpis, ServiceKpis } from "@/lib/kpis/kpi-types";
import { KPI_SECTIONS, type KpiSection as Section } from "../lib/kpi-query-keys";
import { parseRange, type RangeChoice } from "../lib/range-param";
import { createRenderTracker, RENDERED_MARK } from "../lib/render-tracker";
import { KpiSection } from "./kpi-section";
import { RangePicker } from "./range-picker";
import { AutomationContent, automationIsEmpty } from "./sections/automation-section";
import { InvoicesContent, invoicesIsEmpty } from "./sections/invoices-section";
import { SalesContent, salesIsEmpty } from "./sections/sales-section";
import { ServiceContent, serviceIsEmpty } from "./sections/service-section";

type Connected = { odoo: boolean; chatwoot: boolean; n8n: boolean };

/** The range the server rendered with, until the URL says otherwise (it stays stable across a day). */
function useRangeChoice(initial: RangeChoice): RangeChoice {
  const params = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-parse only when the query string changes
  return useMemo(() => (key === "" ? initial : parseRange(params)), [key]);
}

export function KpisScreen(props: {
  tenant: { id: string; slug: string };
  connected: Connected;
  initial: RangeChoice;
}) {
  const { t, locale } = useI18n();
  const choice = useRangeChoice(props.initial);
  const { range } = choice;
  const prev = previousRange(range);
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale);
  // One tracker per range: every section reporting its final content marks the page as rendered.
  const tracker = useMemo(
    () =>
      createRenderTracker(KPI_SECTIONS, () =>
        performance.mark(RENDERED_MARK, { detail: { from: range.from, to: range.to } }),
      ),
    [range.from, range.to],
  );
  const onRendered = useCallback((s: Section) => tracker.done(s), [tracker]);
  const common = { tenant: props.tenant, range, onRendered };
  return (
    <>
      <PageHeader title={t("kpis.title")} description={t("kpis.subtitle")} actions={<RangePicker choice={choice} />} />
      <p className="mb-6 text-muted-foreground text-sm" data-range-label>
        {t("kpis.range.compared", {
          from: day(range.from),
          to: day(range.to),
          prevFrom: day(prev.from),
          prevTo: day(prev.to),
        })}
      </p>
      <div className="grid gap-10">
        <KpiSection<SalesKpis>
          {...common}
          section="sales"
          title={t("kpis.sections.sales")}
          connected={props.connected.odoo}
          isEmpty={salesIsEmpty}
        >
          {(data) => <SalesContent data={data} />}
        </KpiSection>
        <KpiSection<InvoiceKpis>
          {...common}
          section="invoices"
          title={t("kpis.sections.invoices")}
          connected={props.connected.odoo}
          isEmpty={invoicesIsEmpty}
        >
          {(data) => <InvoicesContent data={data} />}
        </KpiSection>
        <KpiSection<ServiceKpis>
          {...common}
          section="service"
          title={t("kpis.sections.service")}
          connected={props.connected.chatwoot}
          isEmpty={serviceIsEmpty}
        >
          {(data) => <ServiceContent data={data} />}
        </KpiSection>
        <KpiSection<AutomationKpis>
          {...common}
          section="automation"
          title={t("kpis.sections.automation")}
          connected={props.connected.n8n}
          isEmpty={automationIsEmpty}
        >
          {(data) => <AutomationContent data={data} />}
        </KpiSection>
      </div>
    </>
  );
}
