// Small pure helpers the aggregations share.

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** CLP has no decimals and Odoo sums floats: round once, at the end. */
export const clp = (n: number) => Math.round(n);

export const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
