"use client";
import { AlertTriangle } from "lucide-react";
import { QueryError } from "@/components/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useI18n } from "@/lib/i18n/client";
import { useExecution } from "../hooks/use-workflow";

/** Where a failed run stopped and why, read from n8n's run data by the server. */
export function ExecutionDetails({ tenantId, executionId }: { tenantId: string; executionId: string }) {
  const { t } = useI18n();
  const execution = useExecution(tenantId, executionId, true);
  if (execution.isPending) return <Skeleton className="h-12 w-full" />;
  if (execution.isError) return <QueryError error={execution.error} onRetry={() => execution.refetch()} />;
  const error = execution.data.error;
  if (!error) return <p className="text-muted-foreground text-sm">{t("automation.noErrorData")}</p>;
  return (
    <div className="flex gap-2 rounded-md bg-destructive/5 p-3 text-sm" data-testid="execution-error">
      <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
      <div>
        <p className="font-medium">
          {error.node ? t("automation.failedAt", { node: error.node }) : t("automation.failedNoNode")}
        </p>
        <p className="mt-1 break-words font-mono text-xs">{error.message}</p>
      </div>
    </div>
  );
}
