// The bench's budgets are per database: a figure is judged by its own database's budget, and the
// table puts the databases side by side. No timing here, only how figures are judged and shown.
import { describe, expect, it } from "vitest";
import type { Figure, Results } from "@/bench/figures";
import { type Budgets, budgetBreaches, renderTable } from "@/bench/report";

const figure = (key: string, value: number, db?: Figure["db"]): Figure => ({
  key,
  ...(db ? { db } : {}),
  section: key.startsWith("weight.") ? "5. Weight" : "7. Memory",
  label: key,
  value,
  unit: key.startsWith("weight.") ? "KB" : "MB",
});

const budgets: Budgets = {
  build: { "weight./x": { max: 200 } },
  pglite: { "memory.rss_after_load": { max: 1200 } },
  postgres: { "memory.rss_after_load": { max: 800 } },
};

describe("bench budgets per database", () => {
  it("judges each figure by its own database's budget", () => {
    const figures = [
      figure("memory.rss_after_load", 900, "pglite"),
      figure("memory.rss_after_load", 900, "postgres"),
      figure("weight./x", 250),
    ];
    expect(budgetBreaches(figures, budgets)).toEqual([
      "[PostgreSQL] memory.rss_after_load = 900 MB > max 800",
      "weight./x = 250 KB > max 200",
    ]);
  });

  it("shows one row per figure with the databases side by side", () => {
    const results: Results = {
      startedAt: "2026-12-07T00:00:00.000Z",
      durationSeconds: 1,
      machine: { cpus: 2, node: "v20", platform: "linux" },
      figures: [figure("memory.rss_after_load", 700, "pglite"), figure("memory.rss_after_load", 900, "postgres")],
      notes: [],
    };
    const lines = renderTable(results, budgets, null).split("\n");
    expect(lines.find((l) => l.startsWith("| Figure"))).toMatch(/PGlite .*Budget .*PostgreSQL .*Budget/);
    const row = lines.filter((l) => l.startsWith("| memory.rss_after_load"));
    expect(row).toHaveLength(1);
    expect(row[0]).toMatch(/700 MB .*≤ 1200 ok .*900 MB .*≤ 800 FAIL/);
  });
});
