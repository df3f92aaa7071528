"use client";
import { useI18n } from "@/lib/i18n/client";
import type { SalesKpis } from "@/lib/kpis/kpi-types";
import { ChartCard } from "../chart-card";
import { BarListChart, TimeChart } from "../charts/lazy";
import { Figure } from "../figure";

export const salesIsEmpty = (d: SalesKpis) => d.orders.current === 0 && d.orders.previous === 0;

export function SalesContent({ data }: { data: SalesKpis }) {
  const { t } = useI18n();
  const c = (k: Parameters<typeof t>[0]) => t(k);
  const days = data.days.map((d) => ({ ...d }));
  return (
    <div className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Figure id="revenue" label={c("kpis.figures.revenue")} format="clp" {...data.revenue} />
        <Figure id="orders" label={c("kpis.figures.orders")} format="int" {...data.orders} />
        <Figure id="average-order" label={c("kpis.figures.averageOrder")} format="clp" {...data.averageOrderValue} />
        <Figure id="orders-per-day" label={c("kpis.figures.ordersPerDay")} format="decimal" {...data.ordersPerDay} />
      </div>
      <ChartCard
        id="revenue-per-day"
        title={c("kpis.charts.revenuePerDay")}
        range={data.range}
        table={{
          columns: [
            { key: "day", label: c("kpis.columns.day"), format: "text" },
            { key: "revenue", label: c("kpis.columns.revenue"), format: "clp" },
            { key: "previousRevenue", label: c("kpis.columns.previousRevenue"), format: "clp" },
            { key: "orders", label: c("kpis.columns.orders"), format: "int" },
          ],
          rows: days,
        }}
        chart={(onReady) => (
          <TimeChart
            data={days}
            format="clp"
            onReady={onReady}
            series={[
              { key: "revenue", label: c("kpis.columns.revenue"), color: "var(--chart-1)", kind: "bar" },
              {
                key: "previousRevenue",
                label: c("kpis.columns.previousRevenue"),
                color: "var(--chart-2)",
                kind: "line",
                dashed: true,
              },
            ]}
          />
        )}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="orders-per-day"
          title={c("kpis.charts.ordersPerDay")}
          range={data.range}
          table={{
            columns: [
              { key: "day", label: c("kpis.columns.day"), format: "text" },
              { key: "orders", label: c("kpis.columns.orders"), format: "int" },
            ],
            rows: days,
          }}
          chart={(onReady) => (
            <TimeChart
              data={days}
              format="int"
              onReady={onReady}
              series={[{ key: "orders", label: c("kpis.columns.orders"), color: "var(--chart-3)", kind: "bar" }]}
            />
          )}
        />
        <ChartCard
          id="top-products"
          title={c("kpis.charts.topProducts")}
          range={data.range}
          table={{
            columns: [
              { key: "name", label: c("kpis.columns.product"), format: "text" },
              { key: "revenue", label: c("kpis.columns.revenue"), format: "clp" },
              { key: "quantity", label: c("kpis.columns.quantity"), format: "int" },
            ],
            rows: data.topProducts,
          }}
          chart={(onReady) => (
            <BarListChart
              data={data.topProducts.map((p) => ({ label: p.name, value: p.revenue }))}
              format="clp"
              onReady={onReady}
            />
          )}
        />
      </div>
    </div>
  );
}
