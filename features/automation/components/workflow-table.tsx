"use client";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { WorkflowStats } from "@/lib/automation/stats";
import { useI18n } from "@/lib/i18n/client";
import type { WorkflowSummary } from "../lib/automation-types";
import { WorkflowRow } from "./workflow-row";

export function WorkflowTable(props: {
  tenantId: string;
  slug: string;
  workflows: WorkflowSummary[];
  stats: Record<string, WorkflowStats> | undefined;
  statsLoading: boolean;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("automation.colName")}</TableHead>
            <TableHead>{t("automation.colActive")}</TableHead>
            <TableHead>{t("automation.colTrigger")}</TableHead>
            <TableHead>{t("automation.colLastRun")}</TableHead>
            <TableHead>{t("automation.colSuccess")}</TableHead>
            <TableHead>{t("automation.colRuns")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.workflows.map((w) => (
            <WorkflowRow
              key={w.id}
              tenantId={props.tenantId}
              slug={props.slug}
              workflow={w}
              stats={props.stats?.[w.id]}
              statsLoading={props.statsLoading}
              canEdit={props.canEdit}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
