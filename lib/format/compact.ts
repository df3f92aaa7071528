// Short forms for chart axes, where space is tight; tables and cards use the full formats.
import { TIME_ZONE } from "./dates";

const compact = new Intl.NumberFormat("es-CL", { notation: "compact", maximumFractionDigits: 1 });
const compactClp = new Intl.NumberFormat("es-CL", {
  style: "currency",
  currency: "CLP",
  notation: "compact",
  maximumFractionDigits: 1,
});
const decimal = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 1 });
const shortDay = new Intl.DateTimeFormat("es-CL", { timeZone: TIME_ZONE, day: "numeric", month: "short" });

/** 1234567 → "1,2 M". */
export const formatCompact = (n: number) => compact.format(n);
/** 1234567 → "$1,2 M". */
export const formatCompactCLP = (n: number) => compactClp.format(Math.round(n));
/** 3.25 → "3,3". */
export const formatDecimal = (n: number) => decimal.format(n);
/** "2026-03-05" → "5 mar": a Santiago calendar day, read at its noon so no zone can move it. */
export const formatShortDay = (day: string) => shortDay.format(new Date(`${day}T12:00:00Z`)).replace(".", "");
