"use client";
import type { LastRun } from "@/lib/automation/stats";
import { formatDateTime, formatDuration, formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { StatusBadge } from "./status-badge";

export function LastRunCell({ run }: { run: LastRun | null }) {
  const { t, locale } = useI18n();
  if (!run) return <span className="text-muted-foreground text-sm">{t("automation.noRuns")}</span>;
  return (
    <div className="flex flex-col items-start gap-1">
      <StatusBadge status={run.status} />
      <span className="text-muted-foreground text-xs">
        {run.startedAt ? (
          <time dateTime={run.startedAt} title={formatDateTime(run.startedAt, locale)}>
            {formatRelative(run.startedAt, locale)}
          </time>
        ) : null}
        {run.durationMs !== null ? ` · ${formatDuration(run.durationMs, locale)}` : ""}
      </span>
    </div>
  );
}
