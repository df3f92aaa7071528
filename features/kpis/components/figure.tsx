import { Card, CardContent } from "@/components/ui/card";
import { changeRatio, formatChange } from "@/lib/format/percent";
import { useI18n } from "@/lib/i18n/client";
import type { CellFormat } from "../lib/table";
import { formatCell } from "./format-cell";

/**
 * A headline number with its change against the previous period. `lowerIsBetter` turns the colour
 * around for times and failures, where going down is good news.
 */
export function Figure(props: {
  id: string;
  label: string;
  current: number | null;
  previous?: number | null;
  format: CellFormat;
  lowerIsBetter?: boolean;
  detail?: string;
}) {
  const { t } = useI18n();
  const { current, previous } = props;
  const hasPrevious = previous !== undefined;
  const change =
    current !== null && previous !== null && previous !== undefined ? formatChange(current, previous) : null;
  const ratio = current !== null && previous !== null && previous !== undefined ? changeRatio(current, previous) : null;
  const good = ratio !== null && ratio !== 0 && ratio > 0 !== Boolean(props.lowerIsBetter);
  return (
    <Card className="gap-1 py-3" data-figure={props.id}>
      <CardContent className="grid gap-1 px-4">
        <p className="text-muted-foreground text-xs">{props.label}</p>
        <p className="font-semibold text-xl tabular-nums" data-value>
          {formatCell(current, props.format)}
        </p>
        {hasPrevious ? (
          <p className="text-xs">
            {change ? (
              <span className={ratio === 0 ? "text-muted-foreground" : good ? "text-emerald-600" : "text-destructive"}>
                {t("kpis.vsPrevious", { change })}
              </span>
            ) : (
              <span className="text-muted-foreground">{t("kpis.noPrevious")}</span>
            )}
            <span className="ml-1 text-muted-foreground">
              · {t("kpis.previousValue", { value: formatCell(previous, props.format) })}
            </span>
          </p>
        ) : null}
        {props.detail ? <p className="text-muted-foreground text-xs">{props.detail}</p> : null}
      </CardContent>
    </Card>
  );
}
