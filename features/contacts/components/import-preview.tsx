"use client";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { fieldText } from "@/lib/browser/error-text";
import type { ImportRowResult } from "@/lib/contacts/contact-types";
import { formatPhone, formatRut } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";

/** Every row of the file as it would be saved, with its errors beside it (rows with errors first). */
export function ImportPreview({ rows }: { rows: ImportRowResult[] }) {
  const { t } = useI18n();
  const sorted = [...rows].sort((a, b) => Number(b.errors.length > 0) - Number(a.errors.length > 0) || a.line - b.line);
  return (
    <div className="max-h-80 overflow-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("contacts.import.colLine")}</TableHead>
            <TableHead>{t("contacts.colName")}</TableHead>
            <TableHead>{t("contacts.colRut")}</TableHead>
            <TableHead>{t("contacts.colPhone")}</TableHead>
            <TableHead>{t("contacts.colEmail")}</TableHead>
            <TableHead>{t("contacts.colTags")}</TableHead>
            <TableHead>{t("contacts.import.colAction")}</TableHead>
            <TableHead>{t("contacts.import.colErrors")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((r) => (
            <TableRow
              key={r.line}
              data-testid="import-row"
              data-invalid={r.errors.length > 0 || undefined}
              className={r.errors.length ? "bg-destructive/5" : undefined}
            >
              <TableCell className="tabular-nums">{r.line}</TableCell>
              <TableCell>{r.name || "—"}</TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{r.rut ? formatRut(r.rut) : "—"}</TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">
                {r.phones.map(formatPhone).join(", ") || "—"}
              </TableCell>
              <TableCell>{r.emails.join(", ") || "—"}</TableCell>
              <TableCell>{r.tags.join(", ")}</TableCell>
              <TableCell>
                <Badge variant={r.action === "create" ? "secondary" : "outline"} className="font-normal">
                  {r.action === "create" ? t("contacts.import.actionCreate") : t("contacts.import.actionUpdate")}
                </Badge>
              </TableCell>
              <TableCell className="min-w-56 whitespace-normal">
                {r.errors.length ? (
                  <ul className="grid gap-0.5 text-destructive text-xs">
                    {r.errors.map((e, i) => (
                      <li key={e}>{fieldText(r.errorReasons[i] ?? e, t)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted-foreground text-xs">{t("contacts.import.ok")}</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
