// The table at the end of a run, the budgets check (--check) and the comparison with the committed
// baseline (--compare), each per database.
import { existsSync, readFileSync } from "node:fs";
import { type DatabaseName, databaseNames, databaseTitle } from "./databases";
import type { Figure, Results } from "./figures";

export type Budget = { max?: number; min?: number };
/** Per database, keyed by figure key; `build` holds the figures of the build alone (page weight). */
export type Budgets = Partial<Record<DatabaseName | "build", Record<string, Budget>>>;

export function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

const budgetOf = (budgets: Budgets, figure: Figure): Budget | undefined => budgets[figure.db ?? "build"]?.[figure.key];

/** A part that did not run (no PostgreSQL, --only, --db) has no figure, so nothing to check. */
export function budgetBreaches(figures: Figure[], budgets: Budgets): string[] {
  const breaches: string[] = [];
  for (const figure of figures) {
    const budget = budgetOf(budgets, figure);
    if (!budget) continue;
    const where = figure.db ? `[${databaseTitle[figure.db]}] ` : "";
    if (budget.max !== undefined && figure.value > budget.max)
      breaches.push(`${where}${figure.key} = ${figure.value} ${figure.unit} > max ${budget.max}`);
    if (budget.min !== undefined && figure.value < budget.min)
      breaches.push(`${where}${figure.key} = ${figure.value} ${figure.unit} < min ${budget.min}`);
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

const slot = (f: { key: string; db?: DatabaseName }) => `${f.db ?? "build"}|${f.key}`;

/**
 * One table per section. A section of the running Hub has one row per figure key and, side by side,
 * a value and budget column for each database that ran (then the baseline's, with --compare).
 */
export function renderTable(results: Results, budgets: Budgets, baseline: Results | null): string {
  const before = new Map(baseline?.figures.map((f) => [slot(f), f.value]));
  const ran = databaseNames.filter((db) => results.figures.some((f) => f.db === db));
  const lines: string[] = [];
  const sections = [...new Set(results.figures.map((f) => f.section))];
  for (const section of sections) {
    const figures = results.figures.filter((f) => f.section === section);
    const columns: (DatabaseName | undefined)[] = figures.some((f) => f.db) ? ran : [undefined];
    const header = [
      "Figure",
      ...columns.flatMap((db) => (db ? [databaseTitle[db], "Budget"] : ["Value", "Budget"])),
      ...(baseline ? columns.flatMap((db) => (db ? [`${databaseTitle[db]} baseline`, "Δ"] : ["Baseline", "Δ"])) : []),
    ];
    const rows: string[][] = [];
    for (const key of [...new Set(figures.map((f) => f.key))]) {
      const byDb = columns.map((db) => figures.find((f) => f.key === key && f.db === db));
      const label = byDb.find((f) => f)?.label ?? key;
      const cells = byDb.flatMap((f) =>
        f ? [formatValue(f.value, f.unit), budgetText(budgetOf(budgets, f), f.value)] : ["—", ""],
      );
      const compared = baseline
        ? byDb.flatMap((f, i) => {
            const was = before.get(slot({ key, db: columns[i] }));
            if (!f) return [was === undefined ? "—" : String(was), ""];
            return [was === undefined ? "—" : formatValue(was, f.unit), deltaText(f.value, was)];
          })
        : [];
      rows.push([label, ...cells, ...compared]);
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
    lines.push(`\n### ${section}\n`, line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const r of rows) lines.push(line(r));
  }
  return lines.join("\n");
}
