import { describe, expect, it } from "vitest";
import { csvFileName, tableCsv } from "./table";

describe("chart tables as CSV", () => {
  it("writes the columns' labels and the raw values in column order", () => {
    const csv = tableCsv({
      columns: [
        { key: "day", label: "Día", format: "text" },
        { key: "revenue", label: "Ingresos (CLP)", format: "clp" },
      ],
      rows: [
        { revenue: 1234567, day: "2026-02-01" },
        { revenue: -5000, day: "2026-02-02" },
      ],
    });
    expect(csv).toBe("\uFEFFDía;Ingresos (CLP)\r\n2026-02-01;1234567\r\n2026-02-02;-5000\r\n");
  });

  it("names the file after the chart and the range", () => {
    expect(csvFileName("Ingresos por día", "2026-02-01", "2026-03-02")).toBe(
      "ingresos-por-dia-2026-02-01-2026-03-02.csv",
    );
  });
});
