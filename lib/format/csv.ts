// CSV that Excel opens correctly on a Chilean machine: UTF-8 with a BOM (else accents break),
// semicolons between fields (Excel's list separator where the decimal mark is a comma), CRLF lines,
// and numbers written raw (1234567, not "$1.234.567") so they stay numbers in the sheet.

export type CsvValue = string | number | null | undefined;

const BOM = "\uFEFF";

function cell(v: CsvValue, separator: string): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    // With "," between fields the decimal mark must be "." or every decimal splits a cell.
    return Number.isFinite(v) ? (separator === ";" ? String(v).replace(".", ",") : String(v)) : "";
  }
  // A leading =, +, - or @ would run as a formula in Excel: quote it as text.
  const text = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `separator` "," for tools that expect it; ";" (the default) for Excel with Chilean settings. */
export function toCsv(header: string[], rows: CsvValue[][], separator: ";" | "," = ";"): string {
  const lines = [header, ...rows].map((r) => r.map((v) => cell(v, separator)).join(separator));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
