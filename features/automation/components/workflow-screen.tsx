"use client";
import { ArrowLeft, SearchX } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { errorText } from "@/lib/browser/error-text";
import { ApiClientError } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";
import { useWorkflow } from "../hooks/use-workflow";
import { ActiveSwitch } from "./active-switch";
import { ExecutionsTable } from "./executions-table";
import { RunPanel } from "./run-panel";
import { TriggerBadge } from "./trigger-badge";

const statusFilter = new Set(["success", "error", "running", "waiting", "canceled"]);

/** /{slug}/automation/{id}: how the workflow starts, a way to run it, and its runs. */
export function WorkflowScreen(props: { tenantId: string; slug: string; workflowId: string; canEdit: boolean }) {
  const { t } = useI18n();
  const workflow = useWorkflow(props.tenantId, props.workflowId);
  const [newRunId, setNewRunId] = useState<string | null>(null);
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const raw = search.get("status");
  const status = raw && statusFilter.has(raw) ? raw : null;
  const back = (
    <Link
      href={`/${props.slug}/automation`}
      className="mb-4 inline-flex items-center gap-1 text-muted-foreground text-sm hover:text-foreground"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t("automation.back")}
    </Link>
  );

  if (workflow.isPending) {
    return (
      <div className="grid gap-4" role="status" aria-busy="true" aria-label={t("common.loading")}>
        {back}
        <Skeleton className="h-8 w-80" />
        <Skeleton className="h-40 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  if (workflow.isError) {
    const missing = workflow.error instanceof ApiClientError && workflow.error.code === "upstream_not_found";
    return (
      <>
        {back}
        {missing ? (
          <EmptyState icon={SearchX} title={t("automation.notFound")} body={errorText(workflow.error, t)} />
        ) : (
          <QueryError error={workflow.error} onRetry={() => workflow.refetch()} />
        )}
      </>
    );
  }

  const w = workflow.data;
  const { kind, webhook } = w.trigger;
  return (
    <div className="grid gap-6">
      <div>
        {back}
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-semibold text-2xl tracking-tight">{w.name}</h1>
          <Badge variant={w.active ? "default" : "outline"}>
            {w.active ? t("automation.detailActive") : t("automation.detailInactive")}
          </Badge>
          <ActiveSwitch tenantId={props.tenantId} workflow={w} canEdit={props.canEdit} />
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-muted-foreground text-sm">
          <TriggerBadge kind={kind} />
          {webhook ? (
            <span>
              {t("automation.webhookLabel")}:{" "}
              <code className="text-xs">{`${webhook.method} /webhook/${webhook.path}`}</code>
            </span>
          ) : (
            <span>{kind === "schedule" ? t("automation.scheduleLabel") : t("automation.otherLabel")}</span>
          )}
          {w.tags.map((tag) => (
            <Badge key={tag.id} variant="outline" className="font-normal">
              {tag.name}
            </Badge>
          ))}
        </div>
      </div>
      {props.canEdit && webhook ? (
        <RunPanel tenantId={props.tenantId} workflow={w} onStarted={setNewRunId} />
      ) : props.canEdit && !webhook ? (
        <p className="rounded-lg border border-dashed p-4 text-muted-foreground text-sm">
          {t("automation.runNotWebhook")}
        </p>
      ) : null}
      <ExecutionsTable
        tenantId={props.tenantId}
        workflowId={w.id}
        status={status}
        onStatusChange={(next) => {
          const q = new URLSearchParams(search.toString());
          if (next) q.set("status", next);
          else q.delete("status");
          const qs = q.toString();
          router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
        }}
        canEdit={props.canEdit}
        newRunId={newRunId}
      />
    </div>
  );
}
