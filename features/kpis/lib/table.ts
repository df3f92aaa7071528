import { type CsvValue, toCsv } from "@/lib/format/csv";

// One description of a chart's numbers serves its accessible table and its CSV: the table shows
// them formatted (CLP, es-CL), the CSV keeps them raw so a spreadsheet can add them up.

export type CellFormat = "text" | "clp" | "int" | "decimal" | "percent" | "ms" | "seconds";
export type TableColumn = { key: string; label: string; format: CellFormat };
export type TableRow = Record<string, string | number | null>;
export type ChartTable = { columns: TableColumn[]; rows: TableRow[] };

export function tableCsv(table: ChartTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((r) => table.columns.map((c): CsvValue => r[c.key])),
  );
}

/** "ingresos-por-dia-2026-02-01-2026-03-02.csv" from a chart title and its range. */
export function csvFileName(title: string, from: string, to: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}-${from}-${to}.csv`;
}
