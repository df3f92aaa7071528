import { describe, expect, it } from "vitest";
import { sparklinePoints } from "./sparkline";

describe("sparkline points", () => {
  it("spreads the days across the width and scales to the busiest day", () => {
    expect(sparklinePoints([0, 5, 10], 84, 24)).toBe("2,22 42,12 82,2");
  });

  it("draws a flat line at the bottom when nothing ran, and nothing without data", () => {
    expect(sparklinePoints([0, 0], 10, 10)).toBe("2,8 8,8");
    expect(sparklinePoints([], 10, 10)).toBe("");
  });
});
