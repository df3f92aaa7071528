import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { changeRatio, formatChange, formatPercent } from "./percent";

describe("percentages and changes", () => {
  it("formats in es-CL", () => {
    expect(formatPercent(0.125).replace(/\s/g, " ")).toBe("12,5%");
    expect(formatChange(110, 100)?.replace(/\s/g, " ")).toBe("+10%");
    expect(formatChange(90, 100)?.replace(/\s/g, " ")).toBe("-10%");
    expect(formatChange(5, 0)).toBeNull();
    expect(changeRatio(-50, -100)).toBe(0.5);
  });
});

describe("CSV for Excel", () => {
  it("starts with a BOM, separates with semicolons, keeps numbers raw and quotes what needs it", () => {
    const csv = toCsv(
      ["Día", "Ingresos"],
      [
        ["2026-03-01", 1234567],
        ['Tornillo "x"; 3/8', -50],
        ["=SUM(A1)", null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Día;Ingresos",
      "2026-03-01;1234567",
      '"Tornillo ""x""; 3/8";-50',
      "'=SUM(A1);",
      "",
    ]);
  });
});
