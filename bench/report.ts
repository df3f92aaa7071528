// The table at the end of a run, the budgets check (--check) and the comparison with the committed
// baseline (--compare).
import { existsSync, readFileSync } from "node:fs";
import type { Figure, Results } from "./figures";

export type Budget = { max?: number; min?: number };
export type Budgets = Record<string, Budget>;

export function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

export function budgetBreaches(figures: Figure[], budgets: Budgets): string[] {
  const breaches: string[] = [];
  for (const [key, budget] of Object.entries(budgets)) {
    const figure = figures.find((f) => f.key === key);
    // A part that did not run (no PostgreSQL, --only) has nothing to check.
    if (!figure) continue;
    if (budget.max !== undefined && figure.value > budget.max)
      breaches.push(`${key} = ${figure.value} ${figure.unit} > max ${budget.max}`);
    if (budget.min !== undefined && figure.value < budget.min)
      breaches.push(`${key} = ${figure.value} ${figure.unit} < min ${budget.min}`);
  }
  return breaches;
}

const formatValue = (value: number, unit: string) =>
  `${Number.isInteger(value) ? value.toLocaleString("en-US") : value} ${unit === "count" ? "" : unit}`.trim();

function budgetText(budget: Budget | undefined, value: number): string {
  if (!budget) return "";
  const parts: string[] = [];
  if (budget.max !== undefined) parts.push(`≤ ${budget.max}`);
  if (budget.min !== undefined) parts.push(`≥ ${budget.min}`);
  const ok = (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min);
  return `${parts.join(", ")} ${ok ? "ok" : "FAIL"}`;
}

function deltaText(value: number, before: number | undefined): string {
  if (before === undefined) return "";
  if (before === 0) return value === 0 ? "=" : "new";
  const change = ((value - before) / Math.abs(before)) * 100;
  return `${change >= 0 ? "+" : ""}${change.toFixed(1)} %`;
}

export function renderTable(results: Results, budgets: Budgets, baseline: Results | null): string {
  const before = new Map(baseline?.figures.map((f) => [f.key, f.value]));
  const header = ["Figure", "Value", "Budget", ...(baseline ? ["Baseline", "Δ"] : [])];
  const lines: string[] = [];
  let section = "";
  const rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
    lines.push(`\n### ${section}\n`, line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const r of rows) lines.push(line(r));
    rows.length = 0;
  };
  for (const f of results.figures) {
    if (f.section !== section) {
      flush();
      section = f.section;
    }
    const was = before.get(f.key);
    rows.push([
      f.label,
      formatValue(f.value, f.unit),
      budgetText(budgets[f.key], f.value),
      ...(baseline ? [was === undefined ? "—" : formatValue(was, f.unit), deltaText(f.value, was)] : []),
    ]);
  }
  flush();
  return lines.join("\n");
}
