"use client";
import { formatInteger } from "@/lib/format/money";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";
import type { InvoiceKpis } from "@/lib/kpis/kpi-types";
import { ChartCard } from "../chart-card";
import { BarListChart } from "../charts/lazy";
import { Figure } from "../figure";

export const invoicesIsEmpty = (d: InvoiceKpis) =>
  d.byPaymentState.length === 0 && d.byDocumentType.length === 0 && d.overdue.count === 0;

const STATE_KEYS = ["not_paid", "partial", "in_payment", "paid", "reversed", "blocked", "invoicing_legacy"];

export function InvoicesContent({ data }: { data: InvoiceKpis }) {
  const { t } = useI18n();
  const stateLabel = (s: string) => (STATE_KEYS.includes(s) ? t(`kpis.paymentStates.${s}` as MessageKey) : s);
  const states = data.byPaymentState.map((s) => ({ ...s, label: stateLabel(s.state) }));
  return (
    <div className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure
          id="overdue"
          label={t("kpis.figures.overdue")}
          format="clp"
          current={data.overdue.amount}
          detail={t("kpis.figures.overdueCount", { count: formatInteger(data.overdue.count) })}
        />
        <Figure id="documents-total" label={t("kpis.figures.documentsTotal")} format="clp" {...data.documentsTotal} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="by-payment-state"
          title={t("kpis.charts.byPaymentState")}
          range={data.range}
          table={{
            columns: [
              { key: "label", label: t("kpis.columns.state"), format: "text" },
              { key: "count", label: t("kpis.columns.count"), format: "int" },
              { key: "amount", label: t("kpis.columns.amount"), format: "clp" },
              { key: "residual", label: t("kpis.columns.residual"), format: "clp" },
            ],
            rows: states,
          }}
          chart={(onReady) => (
            <BarListChart
              data={states.map((s) => ({ label: s.label, value: s.amount }))}
              format="clp"
              color="var(--chart-2)"
              onReady={onReady}
            />
          )}
        />
        <ChartCard
          id="by-document-type"
          title={t("kpis.charts.byDocumentType")}
          range={data.range}
          table={{
            columns: [
              { key: "code", label: t("kpis.columns.code"), format: "text" },
              { key: "name", label: t("kpis.columns.documentType"), format: "text" },
              { key: "count", label: t("kpis.columns.count"), format: "int" },
              { key: "amount", label: t("kpis.columns.amount"), format: "clp" },
            ],
            rows: data.byDocumentType,
          }}
          chart={(onReady) => (
            <BarListChart
              data={data.byDocumentType.map((d) => ({ label: d.name, value: d.amount }))}
              format="clp"
              color="var(--chart-4)"
              onReady={onReady}
            />
          )}
        />
      </div>
    </div>
  );
}
