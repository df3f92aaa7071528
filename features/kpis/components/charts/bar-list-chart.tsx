"use client";
import { useEffect } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisValue, tooltipValue } from "./axis-format";
import type { BarListChartProps } from "./chart-props";

/** Categories as horizontal bars (products, inboxes, states); negative values (credit notes) go left. */
export default function BarListChart({ data, format, color = "var(--chart-1)", onReady }: BarListChartProps) {
  useEffect(() => {
    onReady();
  }, [onReady]);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} className="stroke-border" />
        <XAxis type="number" tickFormatter={axisValue(format)} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 11 }} interval={0} />
        <Tooltip
          formatter={tooltipValue(format)}
          contentStyle={{ background: "var(--popover)", borderColor: "var(--border)", fontSize: 12 }}
        />
        <Bar dataKey="value" fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
