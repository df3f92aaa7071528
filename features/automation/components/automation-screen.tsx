"use client";
import { Workflow } from "lucide-react";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { TableSkeleton } from "@/components/table-skeleton";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { useWorkflowFilters } from "../hooks/use-workflow-filters";
import { useTags, useWorkflowStats, useWorkflows } from "../hooks/use-workflows";
import { hasFilters, matchesOutcome, workflowQuery } from "../lib/filters";
import { TemplatesButton } from "./templates-button";
import { WorkflowFiltersBar } from "./workflow-filters";
import { WorkflowTable } from "./workflow-table";

/** /{slug}/automation: the tenant's n8n workflows with their week, filters in the URL. */
export function AutomationScreen({ tenantId, slug, canEdit }: { tenantId: string; slug: string; canEdit: boolean }) {
  const { t } = useI18n();
  const { filters, setFilters } = useWorkflowFilters();
  const workflows = useWorkflows(tenantId, workflowQuery(filters));
  const stats = useWorkflowStats(tenantId);
  const tags = useTags(tenantId);

  const all = workflows.data?.pages.flatMap((p) => p.items) ?? [];
  // The outcome is the last run's, known only once stats arrive; until then nothing is hidden.
  const shown = stats.data ? all.filter((w) => matchesOutcome(stats.data.stats[w.id], filters.outcome)) : all;

  return (
    <>
      <PageHeader
        title={t("automation.title")}
        description={t("automation.subtitle")}
        actions={canEdit ? <TemplatesButton tenantId={tenantId} slug={slug} /> : null}
      />
      {!canEdit ? (
        <Alert className="mb-4">
          <AlertDescription>{t("automation.viewerNotice")}</AlertDescription>
        </Alert>
      ) : null}
      <WorkflowFiltersBar filters={filters} tags={tags.data ?? []} onChange={setFilters} />
      {stats.isError ? (
        <p className="mb-3 text-destructive text-sm" role="status">
          {t("automation.statsError")}
        </p>
      ) : stats.data?.partial ? (
        <p className="mb-3 text-muted-foreground text-sm">{t("automation.statsPartial")}</p>
      ) : null}
      {workflows.isPending ? (
        <TableSkeleton />
      ) : workflows.isError ? (
        <QueryError error={workflows.error} onRetry={() => workflows.refetch()} />
      ) : shown.length === 0 ? (
        hasFilters(filters) ? (
          <EmptyState icon={Workflow} title={t("automation.noMatchTitle")} body={t("automation.noMatchBody")} />
        ) : (
          <EmptyState
            icon={Workflow}
            title={t("automation.emptyTitle")}
            body={t("automation.emptyBody")}
            action={canEdit ? <TemplatesButton tenantId={tenantId} slug={slug} /> : null}
          />
        )
      ) : (
        <WorkflowTable
          tenantId={tenantId}
          slug={slug}
          workflows={shown}
          stats={stats.data?.stats}
          statsLoading={stats.isPending}
          canEdit={canEdit}
        />
      )}
      {workflows.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="outline" onClick={() => workflows.fetchNextPage()} disabled={workflows.isFetchingNextPage}>
            {t("automation.loadMore")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
