import { describe, expect, it } from "vitest";
import { isValidRange, parseRange } from "./range-param";

const params = (q: string) => new URLSearchParams(q);
// 2026-03-01 01:30 UTC is still 28 February in Santiago (22:30 −03).
const NOW = Date.parse("2026-03-01T01:30:00Z");

describe("the KPIs range in the URL", () => {
  it("defaults to the last 30 Santiago days", () => {
    expect(parseRange(params(""), NOW)).toEqual({ preset: 30, range: { from: "2026-01-30", to: "2026-02-28" } });
  });

  it("reads presets and custom ranges, and ignores invalid ones", () => {
    expect(parseRange(params("range=7"), NOW).range).toEqual({ from: "2026-02-22", to: "2026-02-28" });
    expect(parseRange(params("range=90"), NOW).preset).toBe(90);
    expect(parseRange(params("range=12"), NOW).preset).toBe(30);
    expect(parseRange(params("from=2026-01-01&to=2026-01-31"), NOW)).toEqual({
      preset: "custom",
      range: { from: "2026-01-01", to: "2026-01-31" },
    });
    expect(parseRange(params("from=2026-02-30&to=2026-03-01"), NOW).preset).toBe(30);
    expect(parseRange(params("from=2026-03-01&to=2026-01-01"), NOW).preset).toBe(30);
  });

  it("refuses ranges over a year", () => {
    expect(isValidRange({ from: "2025-01-01", to: "2026-01-01" })).toBe(true);
    expect(isValidRange({ from: "2025-01-01", to: "2026-01-02" })).toBe(false);
  });
});
