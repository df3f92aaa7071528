"use client";
import { BarChart3, Download, Table2 } from "lucide-react";
import { type ReactNode, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useI18n } from "@/lib/i18n/client";
import type { DayRange } from "@/lib/kpis/kpi-types";
import { type ChartTable, csvFileName, tableCsv } from "../lib/table";
import { DataTable } from "./data-table";
import { useChartReady } from "./section-shell";

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A chart with its table view (toggle) and CSV export, both built from the same rows. */
export function ChartCard(props: {
  id: string;
  title: string;
  range: DayRange;
  table: ChartTable;
  /** The chart itself; calls onReady once drawn. */
  chart: (onReady: () => void) => ReactNode;
  note?: ReactNode;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<"chart" | "table">("chart");
  const tracker = useChartReady();
  const { id } = props;
  useEffect(() => {
    tracker?.register(id);
  }, [tracker, id]);
  useEffect(() => {
    if (view === "table") tracker?.ready(id);
  }, [view, tracker, id]);
  const onReady = () => tracker?.ready(id);
  return (
    <Card className="gap-3 py-4" data-chart={id} data-view={view}>
      <CardHeader className="px-4">
        <CardTitle className="text-sm">{props.title}</CardTitle>
        <CardAction className="flex gap-1">
          <Button
            size="icon-sm"
            variant="ghost"
            aria-pressed={view === "table"}
            aria-label={view === "chart" ? t("kpis.view.table") : t("kpis.view.chart")}
            title={view === "chart" ? t("kpis.view.table") : t("kpis.view.chart")}
            onClick={() => setView(view === "chart" ? "table" : "chart")}
          >
            {view === "chart" ? <Table2 aria-hidden /> : <BarChart3 aria-hidden />}
          </Button>
          <Button
            size="icon-sm"
            variant="ghost"
            aria-label={`${t("kpis.view.csv")}: ${props.title}`}
            title={t("kpis.view.csv")}
            onClick={() => download(csvFileName(props.title, props.range.from, props.range.to), tableCsv(props.table))}
          >
            <Download aria-hidden />
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="px-4">
        {view === "chart" ? (
          <div className="h-64" role="img" aria-label={props.title}>
            {props.chart(onReady)}
          </div>
        ) : (
          <DataTable table={props.table} caption={props.title} />
        )}
        {props.note ? <p className="mt-2 text-muted-foreground text-xs">{props.note}</p> : null}
      </CardContent>
    </Card>
  );
}
