// CSV that Excel opens correctly on a Chilean machine: UTF-8 with a BOM (else accents break),
// semicolons between fields (Excel's list separator where the decimal mark is a comma), CRLF lines,
// and numbers written raw (1234567, not "$1.234.567") so they stay numbers in the sheet.

export type CsvValue = string | number | null | undefined;

const BOM = "\uFEFF";

function cell(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v).replace(".", ",") : "";
  // A leading =, +, - or @ would run as a formula in Excel: quote it as text.
  const text = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((r) => r.map(cell).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
