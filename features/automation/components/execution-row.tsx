"use client";
import { ChevronDown, ChevronRight, RotateCcw } from "lucide-react";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { errorText } from "@/lib/browser/error-text";
import { formatDateTime, formatDuration, formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";
import { toast } from "@/lib/toast";
import { useRunActions } from "../hooks/use-run-actions";
import type { Execution } from "../lib/automation-types";
import { canRetry, isFailure } from "../lib/can-retry";
import { ExecutionDetails } from "./execution-details";
import { StatusBadge } from "./status-badge";

const modes = ["webhook", "trigger", "manual", "retry", "integrated", "cli", "error", "internal", "evaluation"];

export function ExecutionRow(props: {
  tenantId: string;
  workflowId: string;
  execution: Execution;
  canEdit: boolean;
  isNew: boolean;
}) {
  const { t, locale } = useI18n();
  const e = props.execution;
  const failed = isFailure(e.status);
  const [open, setOpen] = useState(false);
  const { retry } = useRunActions(props.tenantId, props.workflowId);
  const detailsId = `execution-${e.id}-details`;
  const mode = e.mode && modes.includes(e.mode) ? t(`automation.mode.${e.mode}` as MessageKey) : (e.mode ?? "—");

  return (
    <Fragment>
      <TableRow data-testid="execution-row" data-execution-id={e.id} className={props.isNew ? "bg-primary/5" : ""}>
        <TableCell>
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={e.status} />
            {props.isNew ? <Badge>{t("automation.newRun")}</Badge> : null}
          </div>
          {e.retryOf ? (
            <span className="mt-1 block text-muted-foreground text-xs">
              {t("automation.retryOf", { id: e.retryOf })}
            </span>
          ) : null}
        </TableCell>
        <TableCell className="text-sm">
          {e.startedAt ? (
            <time dateTime={e.startedAt} title={formatRelative(e.startedAt, locale)}>
              {formatDateTime(e.startedAt, locale)}
            </time>
          ) : (
            "—"
          )}
          <span className="block text-muted-foreground text-xs">#{e.id}</span>
        </TableCell>
        <TableCell className="text-sm tabular-nums">
          {e.durationMs !== null
            ? formatDuration(e.durationMs, locale)
            : e.status === "running"
              ? t("automation.running")
              : "—"}
        </TableCell>
        <TableCell className="text-sm">{mode}</TableCell>
        <TableCell className="text-right">
          <div className="flex justify-end gap-2">
            {failed ? (
              <Button
                size="sm"
                variant="ghost"
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => setOpen((v) => !v)}
              >
                {open ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />}
                {open ? t("automation.hideDetails") : t("automation.details")}
              </Button>
            ) : null}
            {props.canEdit && canRetry(e) ? (
              <Button
                size="sm"
                variant="outline"
                disabled={retry.isPending}
                onClick={() =>
                  retry.mutate(e.id, {
                    onSuccess: (next) => toast.success(t("automation.retried", { id: next.id })),
                    onError: (error) => toast.error(errorText(error, t)),
                  })
                }
              >
                <RotateCcw aria-hidden />
                {t("automation.retry")}
              </Button>
            ) : e.retrySuccessId ? (
              <span className="self-center text-muted-foreground text-xs">
                {t("automation.retriedAlready", { id: e.retrySuccessId })}
              </span>
            ) : null}
          </div>
        </TableCell>
      </TableRow>
      {failed && open ? (
        <TableRow id={detailsId}>
          <TableCell colSpan={5}>
            <ExecutionDetails tenantId={props.tenantId} executionId={e.id} />
          </TableCell>
        </TableRow>
      ) : null}
    </Fragment>
  );
}
