import { sparklinePoints } from "../lib/sparkline";

const W = 84;
const H = 24;

/**
 * Runs per day as a hand-drawn SVG line: seven numbers do not need a chart library (recharts would
 * add its whole bundle to this tab for a 84×24 line).
 */
export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  const points = sparklinePoints(values, W, H);
  const last = points.split(" ").at(-1)?.split(",");
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="text-primary">
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />
      {last ? <circle cx={last[0]} cy={last[1]} r={2} fill="currentColor" /> : null}
    </svg>
  );
}
