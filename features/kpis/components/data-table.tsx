import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ChartTable } from "../lib/table";
import { formatCell } from "./format-cell";

/** The accessible form of a chart: every number it draws, in rows, captioned by the chart's title. */
export function DataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <div className="max-h-80 overflow-auto rounded-md border">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader className="sticky top-0 bg-card">
          <TableRow>
            {table.columns.map((c) => (
              <TableHead key={c.key} scope="col" className={c.format === "text" ? "" : "text-right"}>
                {c.label}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (one per day or rank)
            <TableRow key={i}>
              {table.columns.map((c) => (
                <TableCell key={c.key} className={c.format === "text" ? "" : "text-right tabular-nums"}>
                  {formatCell(row[c.key], c.format)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
