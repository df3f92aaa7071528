// The contacts CSV: one format for export and import, so an exported file imports back unchanged.
// Several values in one cell (emails, phones, tags) are joined with " | ".
import Papa from "papaparse";
import type { ContactRow } from "@/lib/contacts/contact-types";
import { type CsvValue, toCsv } from "@/lib/format/csv";
import { formatPhone } from "@/lib/format/phone";
import { formatRut } from "@/lib/format/rut";

export const CSV_COLUMNS = ["nombre", "rut", "correos", "telefonos", "etiquetas", "notas"] as const;
const LIST_SEPARATOR = " | ";

export type CsvContact = {
  name: string;
  rut: string;
  emails: string[];
  phones: string[];
  tags: string[];
  notes: string;
};

export function contactsToCsv(rows: (ContactRow & { notes: string })[], separator: ";" | "," = ";"): string {
  const cells = rows.map((r): CsvValue[] => [
    r.name,
    r.rut ? formatRut(r.rut) : "",
    r.emails.join(LIST_SEPARATOR),
    r.phones.map(formatPhone).join(LIST_SEPARATOR),
    r.tags.join(LIST_SEPARATOR),
    r.notes,
  ]);
  return toCsv([...CSV_COLUMNS], cells, separator);
}

const splitList = (v: string | undefined) =>
  (v ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);

/** Undoes the formula guard toCsv adds (a leading ' before =, +, - or @). */
const unguard = (v: string | undefined) => (v ?? "").replace(/^'(?=[=+\-@])/, "").trim();

/** A problem with the file as a whole: which one, and the columns it names. */
export type CsvProblem = { reason: "import_missing_name_column" | "import_unknown_columns"; columns: string };
export type ParsedCsv = { rows: { line: number; contact: CsvContact }[]; errors: CsvProblem[] };

/** Reads a file in this format; the separator (; or ,) is detected, a BOM and blank lines ignored. */
export function parseContactsCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    delimitersToGuess: [";", ",", "\t"],
    transformHeader: (h) =>
      h
        .trim()
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, ""),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("nombre")) {
    return { rows: [], errors: [{ reason: "import_missing_name_column", columns: CSV_COLUMNS.join(", ") }] };
  }
  const unknown = fields.filter((f) => !(CSV_COLUMNS as readonly string[]).includes(f) && f !== "");
  const errors: CsvProblem[] = unknown.length
    ? [{ reason: "import_unknown_columns", columns: unknown.join(", ") }]
    : [];
  return {
    errors,
    rows: parsed.data.map((r, i) => ({
      // Line 1 is the header; Papa's rows are 0-based after it.
      line: i + 2,
      contact: {
        name: unguard(r.nombre),
        rut: unguard(r.rut),
        emails: splitList(r.correos),
        phones: splitList(unguard(r.telefonos)),
        tags: splitList(r.etiquetas),
        notes: unguard(r.notas),
      },
    })),
  };
}
