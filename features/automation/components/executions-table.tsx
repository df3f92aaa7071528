"use client";
import { History } from "lucide-react";
import { useId } from "react";
import { EmptyState } from "@/components/empty-state";
import { QueryError } from "@/components/query-error";
import { TableSkeleton } from "@/components/table-skeleton";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useI18n } from "@/lib/i18n/client";
import { useExecutions } from "../hooks/use-workflow";
import { ExecutionRow } from "./execution-row";

const ALL = "__all";
/** The statuses n8n's executions list can filter by. */
const statuses = ["success", "error", "running", "waiting", "canceled"] as const;

export function ExecutionsTable(props: {
  tenantId: string;
  workflowId: string;
  status: string | null;
  onStatusChange: (status: string | null) => void;
  canEdit: boolean;
  newRunId: string | null;
}) {
  const { t } = useI18n();
  const filterId = useId();
  const runs = useExecutions(props.tenantId, props.workflowId, props.status);
  const items = runs.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="grid gap-3" aria-labelledby={`${filterId}-title`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id={`${filterId}-title`} className="font-semibold text-lg">
          {t("automation.runsTitle")}
        </h2>
        <div className="grid gap-1">
          <label htmlFor={filterId} className="text-muted-foreground text-xs">
            {t("automation.colStatus")}
          </label>
          <Select value={props.status ?? ALL} onValueChange={(v) => props.onStatusChange(v === ALL ? null : v)}>
            <SelectTrigger id={filterId} className="min-w-40" aria-label={t("automation.colStatus")}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>{t("automation.all")}</SelectItem>
              {statuses.map((s) => (
                <SelectItem key={s} value={s}>
                  {t(`automation.status.${s}`)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>
      {runs.isPending ? (
        <TableSkeleton rows={6} />
      ) : runs.isError ? (
        <QueryError error={runs.error} onRetry={() => runs.refetch()} />
      ) : items.length === 0 ? (
        props.status ? (
          <p className="rounded-lg border border-dashed p-6 text-center text-muted-foreground text-sm">
            {t("automation.noExecutionsFiltered")}
          </p>
        ) : (
          <EmptyState
            icon={History}
            title={t("automation.noExecutionsTitle")}
            body={t("automation.noExecutionsBody")}
          />
        )
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("automation.colStatus")}</TableHead>
                <TableHead>{t("automation.colStarted")}</TableHead>
                <TableHead>{t("automation.colDuration")}</TableHead>
                <TableHead>{t("automation.colMode")}</TableHead>
                <TableHead className="w-0" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((e) => (
                <ExecutionRow
                  key={e.id}
                  tenantId={props.tenantId}
                  workflowId={props.workflowId}
                  execution={e}
                  canEdit={props.canEdit}
                  isNew={e.id === props.newRunId}
                />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {runs.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="outline" onClick={() => runs.fetchNextPage()} disabled={runs.isFetchingNextPage}>
            {t("automation.loadMore")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
