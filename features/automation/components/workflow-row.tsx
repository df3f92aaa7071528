"use client";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";
import type { WorkflowStats } from "@/lib/automation/stats";
import { workflowTrigger } from "@/lib/automation/trigger";
import { formatPercent } from "@/lib/format/percent";
import { useI18n } from "@/lib/i18n/client";
import type { WorkflowSummary } from "../lib/automation-types";
import { ActiveSwitch } from "./active-switch";
import { LastRunCell } from "./last-run";
import { Sparkline } from "./sparkline";
import { TriggerBadge } from "./trigger-badge";

export function WorkflowRow(props: {
  tenantId: string;
  slug: string;
  workflow: WorkflowSummary;
  stats: WorkflowStats | undefined;
  statsLoading: boolean;
  canEdit: boolean;
}) {
  const { t, locale } = useI18n();
  const { workflow: w, stats } = props;
  const trigger = workflowTrigger(w);
  return (
    <TableRow data-testid="workflow-row" data-workflow-id={w.id}>
      <TableCell className="max-w-80">
        <Link
          href={`/${props.slug}/automation/${w.id}`}
          className="font-medium underline-offset-4 hover:underline focus-visible:underline"
        >
          {w.name}
        </Link>
        {w.tags.length > 0 ? (
          <div className="mt-1 flex flex-wrap gap-1">
            {w.tags.map((tag) => (
              <Badge key={tag.id} variant="outline" className="font-normal">
                {tag.name}
              </Badge>
            ))}
          </div>
        ) : null}
      </TableCell>
      <TableCell>
        <ActiveSwitch tenantId={props.tenantId} workflow={w} canEdit={props.canEdit} />
      </TableCell>
      <TableCell>
        <div className="flex flex-col items-start gap-1">
          <TriggerBadge kind={trigger.kind} />
          {trigger.webhook ? (
            <code className="text-muted-foreground text-xs">
              {trigger.webhook.method} /{trigger.webhook.path}
            </code>
          ) : null}
        </div>
      </TableCell>
      {props.statsLoading ? (
        <>
          <TableCell>
            <Skeleton className="h-9 w-28" />
          </TableCell>
          <TableCell>
            <Skeleton className="h-5 w-12" />
          </TableCell>
          <TableCell>
            <Skeleton className="h-6 w-20" />
          </TableCell>
        </>
      ) : (
        <>
          <TableCell>
            <LastRunCell run={stats?.lastRun ?? null} />
          </TableCell>
          <TableCell className="tabular-nums">
            {stats?.successRate != null ? formatPercent(stats.successRate, 0, locale) : "—"}
          </TableCell>
          <TableCell>
            {stats && stats.runs > 0 ? (
              <div className="flex items-center gap-2">
                <Sparkline values={stats.perDay} label={t("automation.runsPerDay", { count: stats.runs })} />
                <span className="text-muted-foreground text-xs tabular-nums">{stats.runs}</span>
              </div>
            ) : (
              <span className="text-muted-foreground text-sm">—</span>
            )}
          </TableCell>
        </>
      )}
    </TableRow>
  );
}
