// Ratios shown as es-CL percentages ("12,5%") and changes against a previous period.

const formats = new Map<string, Intl.NumberFormat>();
function percentFormat(locale: string, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${signed}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: "percent",
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
      ...(signed ? { signDisplay: "exceptZero" as const } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

/** 0.125 → "12,5%". */
export const formatPercent = (ratio: number, digits = 1, locale = "es-CL") =>
  percentFormat(locale, digits, false).format(ratio);

/** Relative change from `previous` to `current`; null when there is nothing to compare with. */
export function changeRatio(current: number, previous: number): number | null {
  if (!Number.isFinite(previous) || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/** A signed change, "+12,5%" / "-3%", or null when the previous period was zero. */
export function formatChange(current: number, previous: number, locale = "es-CL"): string | null {
  const ratio = changeRatio(current, previous);
  return ratio === null ? null : percentFormat(locale, 1, true).format(ratio);
}
