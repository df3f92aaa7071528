"use client";
import { useEffect } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShortDay } from "@/lib/format/compact";
import { axisValue, tooltipValue } from "./axis-format";
import type { TimeChartProps } from "./chart-props";

/** One value per Santiago day: bars (stacked when they share a stack) and lines, e.g. the previous period. */
export default function TimeChart({ data, series, format, onReady }: TimeChartProps) {
  useEffect(() => {
    onReady();
  }, [onReady]);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-border" />
        <XAxis dataKey="day" tickFormatter={formatShortDay} tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis tickFormatter={axisValue(format)} tick={{ fontSize: 11 }} width={64} />
        <Tooltip
          formatter={tooltipValue(format)}
          labelFormatter={(d) => formatShortDay(String(d))}
          contentStyle={{ background: "var(--popover)", borderColor: "var(--border)", fontSize: 12 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) =>
          s.kind === "bar" ? (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={s.stack}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeDasharray={s.dashed ? "4 4" : undefined}
              dot={false}
              type="monotone"
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
