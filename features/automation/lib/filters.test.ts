import { describe, expect, it } from "vitest";
import { emptyStats } from "@/lib/automation/stats";
import { filtersToSearch, matchesOutcome, parseFilters, workflowQuery, workflowQueryParams } from "./filters";

describe("workflow list filters", () => {
  it("round-trips through the URL and drops unknown values", () => {
    const f = parseFilters(new URLSearchParams("q=pedido&active=inactive&tag=ventas&outcome=error"));
    expect(f).toEqual({ q: "pedido", active: "inactive", tag: "ventas", outcome: "error" });
    expect(filtersToSearch(f).toString()).toBe("q=pedido&active=inactive&tag=ventas&outcome=error");
    expect(parseFilters(new URLSearchParams("active=si&outcome=meh"))).toEqual({
      q: "",
      active: "all",
      tag: "",
      outcome: "all",
    });
    expect(filtersToSearch(parseFilters(new URLSearchParams())).toString()).toBe("");
  });

  it("sends name, active and tag to n8n; a comma cannot split the tag", () => {
    const f = parseFilters(new URLSearchParams("q= Pedido &active=active&tag=a,b"));
    expect(workflowQuery(f)).toEqual({ name: "Pedido", active: true, tag: "ab" });
    expect(workflowQueryParams(workflowQuery(f), "abc").toString()).toBe(
      "limit=100&name=Pedido&active=true&tags=ab&cursor=abc",
    );
  });

  it("filters by the last run's outcome", () => {
    const ran = (status: string) => ({
      ...emptyStats(),
      lastRun: { id: "1", status, startedAt: "2026-01-01T00:00:00Z", durationMs: 1 },
    });
    expect(matchesOutcome(ran("success"), "success")).toBe(true);
    expect(matchesOutcome(ran("crashed"), "error")).toBe(true);
    expect(matchesOutcome(ran("running"), "error")).toBe(false);
    expect(matchesOutcome(undefined, "none")).toBe(true);
    expect(matchesOutcome(ran("error"), "none")).toBe(false);
    expect(matchesOutcome(undefined, "all")).toBe(true);
  });
});
