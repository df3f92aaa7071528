"use client";
import { Info } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";
import type { ServiceKpis } from "@/lib/kpis/kpi-types";
import { ChartCard } from "../chart-card";
import { BarListChart, TimeChart } from "../charts/lazy";
import { Figure } from "../figure";

export const serviceIsEmpty = (d: ServiceKpis) => d.conversations.current === 0 && d.conversations.previous === 0;

export function ServiceContent({ data }: { data: ServiceKpis }) {
  const { t } = useI18n();
  const reports = data.reports.available ? data.reports : null;
  const perDay = reports
    ? data.days.map((d, i) => ({ ...d, resolutions: reports.resolutionsPerDay[i]?.resolutions ?? 0 }))
    : data.days;
  const statuses = (["open", "pending", "resolved", "snoozed"] as const).map((s) => ({
    status: t(`kpis.statuses.${s}`),
    count: data.byStatus[s],
  }));
  return (
    <div className="grid gap-4">
      {!data.reports.available ? (
        <Alert data-note="not-admin">
          <Info aria-hidden />
          <AlertDescription>{t("kpis.states.notAdmin")}</AlertDescription>
        </Alert>
      ) : null}
      {!data.complete ? <p className="text-muted-foreground text-xs">{t("kpis.states.partial")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        <Figure id="conversations" label={t("kpis.figures.conversations")} format="int" {...data.conversations} />
        <Figure
          id="median-first-response"
          label={t("kpis.figures.medianFirstResponse")}
          format="seconds"
          lowerIsBetter
          {...data.medianFirstResponse}
        />
        <Figure
          id="median-resolution"
          label={t("kpis.figures.medianResolution")}
          format="seconds"
          lowerIsBetter
          detail={t("kpis.states.medianNote")}
          {...data.medianResolution}
        />
        {reports ? (
          <>
            <Figure id="resolutions" label={t("kpis.figures.resolutions")} format="int" {...reports.resolutions} />
            <Figure
              id="avg-first-response"
              label={t("kpis.figures.avgFirstResponse")}
              format="seconds"
              lowerIsBetter
              {...reports.avgFirstResponse}
            />
            <Figure
              id="avg-resolution"
              label={t("kpis.figures.avgResolution")}
              format="seconds"
              lowerIsBetter
              {...reports.avgResolution}
            />
          </>
        ) : null}
      </div>
      <ChartCard
        id="conversations-per-day"
        title={t("kpis.charts.conversationsPerDay")}
        range={data.range}
        table={{
          columns: [
            { key: "day", label: t("kpis.columns.day"), format: "text" },
            { key: "conversations", label: t("kpis.columns.conversations"), format: "int" },
            ...(reports ? [{ key: "resolutions", label: t("kpis.columns.resolutions"), format: "int" as const }] : []),
          ],
          rows: perDay,
        }}
        chart={(onReady) => (
          <TimeChart
            data={perDay}
            format="int"
            onReady={onReady}
            series={[
              { key: "conversations", label: t("kpis.columns.conversations"), color: "var(--chart-2)", kind: "bar" },
              ...(reports
                ? [
                    {
                      key: "resolutions",
                      label: t("kpis.columns.resolutions"),
                      color: "var(--chart-1)",
                      kind: "line" as const,
                    },
                  ]
                : []),
            ]}
          />
        )}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="per-inbox"
          title={t("kpis.charts.perInbox")}
          range={data.range}
          table={{
            columns: [
              { key: "name", label: t("kpis.columns.inbox"), format: "text" },
              { key: "conversations", label: t("kpis.columns.conversations"), format: "int" },
            ],
            rows: data.perInbox,
          }}
          chart={(onReady) => (
            <BarListChart
              data={data.perInbox.map((i) => ({ label: i.name, value: i.conversations }))}
              format="int"
              color="var(--chart-2)"
              onReady={onReady}
            />
          )}
        />
        <ChartCard
          id="by-status"
          title={t("kpis.charts.byStatus")}
          range={data.range}
          table={{
            columns: [
              { key: "status", label: t("kpis.columns.status"), format: "text" },
              { key: "count", label: t("kpis.columns.conversations"), format: "int" },
            ],
            rows: statuses,
          }}
          chart={(onReady) => (
            <BarListChart
              data={statuses.map((s) => ({ label: s.status, value: s.count }))}
              format="int"
              color="var(--chart-3)"
              onReady={onReady}
            />
          )}
        />
      </div>
    </div>
  );
}
