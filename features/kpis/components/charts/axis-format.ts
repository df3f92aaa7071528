import { formatCompact, formatCompactCLP } from "@/lib/format/compact";
import { formatDuration } from "@/lib/format/duration";
import { formatCLP, formatInteger } from "@/lib/format/money";
import type { ValueFormat } from "./chart-props";

export const axisValue = (format: ValueFormat) => (v: number) =>
  format === "clp" ? formatCompactCLP(v) : format === "ms" ? formatDuration(v) : formatCompact(v);

export const tooltipValue = (format: ValueFormat) => (v: unknown) => {
  const n = Number(v);
  return format === "clp" ? formatCLP(n) : format === "ms" ? formatDuration(n) : formatInteger(n);
};
