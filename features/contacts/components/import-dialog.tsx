"use client";
import { type ReactElement, useId, useState } from "react";
import { FormError } from "@/components/form-error";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ImportResponse } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";
import { useImportCsv } from "../hooks/use-contact-mutations";
import { readCsvFile } from "../lib/read-csv-file";
import { ImportPreview } from "./import-preview";

/**
 * Choose or paste a CSV → the server checks every row without saving (dry run) → the preview shows
 * each row's errors → only a clean preview of exactly this text can be applied.
 */
export function ImportDialog({
  tenantId,
  trigger,
  defaultOpen = false,
}: {
  tenantId: string;
  trigger: ReactElement;
  defaultOpen?: boolean;
}) {
  const { t } = useI18n();
  const ids = { file: useId(), text: useId() };
  const [open, setOpen] = useState(defaultOpen);
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<{ csv: string; result: ImportResponse } | null>(null);
  const check = useImportCsv(tenantId);
  const apply = useImportCsv(tenantId);

  const reset = () => {
    setText("");
    setPreview(null);
    check.reset();
    apply.reset();
  };
  const stale = preview !== null && preview.csv !== text;
  const canApply = preview !== null && !stale && preview.result.invalid === 0 && preview.result.valid > 0;

  const runPreview = () =>
    check.mutate({ csv: text, dryRun: true }, { onSuccess: (result) => setPreview({ csv: text, result }) });
  const runApply = () => {
    if (!preview) return;
    apply.mutate(
      { csv: preview.csv, dryRun: false },
      {
        onSuccess: (result) => {
          if (!result.applied) {
            setPreview({ csv: preview.csv, result });
            return;
          }
          toast.success(t("contacts.import.applied", { count: result.valid }));
          setOpen(false);
          reset();
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) reset();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-4xl">
        <DialogHeader>
          <DialogTitle>{t("contacts.import.title")}</DialogTitle>
          <DialogDescription>{t("contacts.import.body")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={ids.file}>{t("contacts.import.file")}</Label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5 file:text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setText(await readCsvFile(file));
            }}
          />
        </div>
        <div className="grid gap-2">
          <Label htmlFor={ids.text}>{t("contacts.import.paste")}</Label>
          <Textarea
            id={ids.text}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={6}
            className="max-h-60 font-mono text-xs"
            placeholder="nombre;rut;correos;telefonos;etiquetas;notas"
            spellCheck={false}
          />
        </div>
        <div>
          <Button variant="outline" onClick={runPreview} disabled={!text.trim() || check.isPending}>
            {check.isPending ? t("contacts.import.previewing") : t("contacts.import.preview")}
          </Button>
        </div>
        <FormError error={check.error ?? apply.error} />
        {preview ? (
          <div className="grid gap-2">
            <p className="font-medium text-sm" role="status">
              {t("contacts.import.summary", { valid: preview.result.valid, invalid: preview.result.invalid })}
            </p>
            {stale ? (
              <p className="text-amber-700 text-sm dark:text-amber-300">{t("contacts.import.stale")}</p>
            ) : preview.result.invalid > 0 ? (
              <p className="text-destructive text-sm">{t("contacts.import.fixErrors")}</p>
            ) : null}
            <ImportPreview rows={preview.result.rows} />
          </div>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            {t("common.cancel")}
          </Button>
          <Button onClick={runApply} disabled={!canApply || apply.isPending}>
            {apply.isPending
              ? t("contacts.import.applying")
              : t("contacts.import.confirm", { count: preview?.result.valid ?? 0 })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
