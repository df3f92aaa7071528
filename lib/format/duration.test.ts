import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it.each([
    [0, "0 ms"],
    [850, "850 ms"],
    [1_250, "1,3 s"],
    [12_000, "12 s"],
    [59_960, "1 min"],
    [125_000, "2 min 5 s"],
    [3_600_000, "1 h"],
    [3_840_000, "1 h 4 min"],
    [-5, "—"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("uses the locale's decimal mark", () => {
    expect(formatDuration(1_250, "en")).toBe("1.3 s");
  });
});
