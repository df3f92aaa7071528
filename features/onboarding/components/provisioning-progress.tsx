"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { AlertTriangle, CheckCircle2, Circle, Loader2, XCircle } from "lucide-react";
import { useEffect } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";
import { errorText } from "@/lib/browser/error-text";
import { fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";
import type { ProvisioningStatus } from "@/lib/provisioning/status-schema";

const statusIcon = {
  pending: <Circle className="size-4 text-muted-foreground" aria-hidden />,
  running: <Loader2 className="size-4 animate-spin text-primary" aria-hidden />,
  done: <CheckCircle2 className="size-4 text-primary" aria-hidden />,
  failed: <XCircle className="size-4 text-destructive" aria-hidden />,
};

/**
 * The live provisioning page: polls the status every second until the tenant is active (then opens
 * the workspace) or a step fails (then offers a retry, which starts again from that step).
 */
export function ProvisioningProgress({ tenantId }: { tenantId: string }) {
  const { t } = useI18n();
  const status = useQuery({
    queryKey: ["tenants", tenantId, "provisioning-status"],
    queryFn: ({ signal }) => fetchJson<ProvisioningStatus>(`/api/tenants/${tenantId}/status`, { signal }),
    refetchInterval: (query) => {
      const data = query.state.data;
      const settled =
        data?.tenant.status === "active" ||
        data?.tenant.status === "cancelled" ||
        data?.steps.some((s) => s.status === "failed");
      return settled ? false : 1_000;
    },
  });
  const retry = useMutation({
    mutationFn: () => fetchJson(`/api/tenants/${tenantId}/provision`, { method: "POST", json: {} }),
    onSuccess: () => status.refetch(),
  });

  const data = status.data;
  const workspaceUrl = data?.workspaceUrl;
  useEffect(() => {
    if (!workspaceUrl) return;
    const timer = setTimeout(() => window.location.assign(workspaceUrl), 1_500);
    return () => clearTimeout(timer);
  }, [workspaceUrl]);

  if (status.isPending) {
    return (
      <div className="grid gap-3" aria-busy="true">
        <Skeleton className="h-2 w-full" />
        {["a", "b", "c", "d", "e", "f"].map((k) => (
          <Skeleton key={k} className="h-10 w-full" />
        ))}
      </div>
    );
  }
  if (!data) {
    return (
      <Alert variant="destructive">
        <AlertDescription>{errorText(status.error, t)}</AlertDescription>
      </Alert>
    );
  }

  const failed = data.steps.some((s) => s.status === "failed");
  return (
    <div className="grid gap-5">
      <div className="grid gap-2">
        <Progress value={data.progress} aria-label={t("onboarding.progress.percent", { percent: data.progress })} />
        <p className="text-muted-foreground text-sm" aria-live="polite" data-testid="provisioning-percent">
          {t("onboarding.progress.percent", { percent: data.progress })}
        </p>
      </div>
      <ol className="grid gap-2">
        {data.steps.map((s) => (
          <li
            key={s.step}
            className="grid gap-1 rounded-lg border px-3 py-2"
            data-testid="provisioning-step"
            data-status={s.status}
          >
            <div className="flex items-center gap-3">
              {statusIcon[s.status]}
              <span className="flex-1 text-sm">{t(`onboarding.progress.steps.${s.step}`)}</span>
              {s.status === "done" && s.result.state === "later" ? (
                <Badge variant="outline">{t("onboarding.progress.later")}</Badge>
              ) : null}
              <Badge variant={s.status === "failed" ? "destructive" : s.status === "done" ? "secondary" : "outline"}>
                {t(`onboarding.progress.status.${s.status}`)}
              </Badge>
            </div>
            {s.status === "failed" && s.lastError ? (
              <p className="pl-7 text-destructive text-sm">{s.lastError}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {data.tenant.status === "cancelled" ? (
        <Alert variant="destructive">
          <AlertTriangle className="size-4" aria-hidden />
          <AlertDescription>{t("onboarding.progress.cancelled")}</AlertDescription>
        </Alert>
      ) : null}
      {failed ? (
        <Alert variant="destructive">
          <AlertTriangle className="size-4" aria-hidden />
          <AlertDescription className="flex flex-wrap items-center justify-between gap-3">
            {retry.error ? errorText(retry.error, t) : t("onboarding.progress.failed")}
            <Button type="button" size="sm" onClick={() => retry.mutate()} disabled={retry.isPending}>
              {retry.isPending ? t("onboarding.progress.retrying") : t("onboarding.progress.retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}
      {workspaceUrl ? (
        <div className="grid justify-items-center gap-3 text-center">
          <p className="font-semibold">{t("onboarding.progress.ready")}</p>
          <Button asChild>
            <a href={workspaceUrl}>{t("onboarding.progress.enter")}</a>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
