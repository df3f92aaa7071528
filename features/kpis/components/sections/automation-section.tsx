"use client";
import { useI18n } from "@/lib/i18n/client";
import type { AutomationKpis } from "@/lib/kpis/kpi-types";
import { ChartCard } from "../chart-card";
import { BarListChart, TimeChart } from "../charts/lazy";
import { Figure } from "../figure";

export const automationIsEmpty = (d: AutomationKpis) => d.runs.current === 0 && d.runs.previous === 0;

export function AutomationContent({ data }: { data: AutomationKpis }) {
  const { t } = useI18n();
  return (
    <div className="grid gap-4">
      {!data.complete ? <p className="text-muted-foreground text-xs">{t("kpis.states.partial")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Figure id="runs" label={t("kpis.figures.runs")} format="int" {...data.runs} />
        <Figure id="failures" label={t("kpis.figures.failures")} format="int" lowerIsBetter {...data.failures} />
        <Figure id="success-rate" label={t("kpis.figures.successRate")} format="percent" {...data.successRate} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="runs-per-day"
          title={t("kpis.charts.runsPerDay")}
          range={data.range}
          table={{
            columns: [
              { key: "day", label: t("kpis.columns.day"), format: "text" },
              { key: "success", label: t("kpis.columns.success"), format: "int" },
              { key: "error", label: t("kpis.columns.error"), format: "int" },
              { key: "other", label: t("kpis.columns.other"), format: "int" },
            ],
            rows: data.days,
          }}
          chart={(onReady) => (
            <TimeChart
              data={data.days}
              format="int"
              onReady={onReady}
              series={[
                {
                  key: "success",
                  label: t("kpis.columns.success"),
                  color: "var(--chart-1)",
                  kind: "bar",
                  stack: "runs",
                },
                { key: "error", label: t("kpis.columns.error"), color: "var(--chart-5)", kind: "bar", stack: "runs" },
                { key: "other", label: t("kpis.columns.other"), color: "var(--chart-3)", kind: "bar", stack: "runs" },
              ]}
            />
          )}
        />
        <ChartCard
          id="slowest"
          title={t("kpis.charts.slowest")}
          range={data.range}
          table={{
            columns: [
              { key: "name", label: t("kpis.columns.workflow"), format: "text" },
              { key: "runs", label: t("kpis.columns.runs"), format: "int" },
              { key: "avgMs", label: t("kpis.columns.avgDuration"), format: "ms" },
              { key: "maxMs", label: t("kpis.columns.maxDuration"), format: "ms" },
            ],
            rows: data.slowest,
          }}
          chart={(onReady) => (
            <BarListChart
              data={data.slowest.map((w) => ({ label: w.name, value: w.avgMs }))}
              format="ms"
              color="var(--chart-4)"
              onReady={onReady}
            />
          )}
        />
      </div>
    </div>
  );
}
