import { formatDecimal } from "@/lib/format/compact";
import { formatDuration } from "@/lib/format/duration";
import { formatCLP, formatInteger } from "@/lib/format/money";
import { formatPercent } from "@/lib/format/percent";
import type { CellFormat } from "../lib/table";

/** A table cell or figure as people read it: CLP, es-CL digits, durations in words. */
export function formatCell(value: string | number | null | undefined, format: CellFormat): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  switch (format) {
    case "clp":
      return formatCLP(value);
    case "int":
      return formatInteger(value);
    case "decimal":
      return formatDecimal(value);
    case "percent":
      return formatPercent(value);
    case "ms":
      return formatDuration(value);
    case "seconds":
      return formatDuration(value * 1000);
    default:
      return String(value);
  }
}
