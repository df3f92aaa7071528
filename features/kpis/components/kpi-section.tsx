"use client";
import { useQuery } from "@tanstack/react-query";
import { CircleDashed, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useCallback, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { errorText, problemText } from "@/lib/browser/error-text";
import { ApiClientError, fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";
import type { DayRange } from "@/lib/kpis/kpi-types";
import { kpisKeys, kpisUrl, SECTION_SERVICE, type KpiSection as Section } from "../lib/kpi-query-keys";
import { RenderReporter } from "./section-shell";

const LABEL = { odoo: "Odoo", chatwoot: "Chatwoot", n8n: "n8n" } as const;

function StateLine({ children, onShown }: { children: ReactNode; onShown: () => void }) {
  useEffect(() => {
    onShown();
  }, [onShown]);
  return <div className="rounded-lg border border-dashed px-4 py-6 text-sm">{children}</div>;
}

/**
 * One KPI section: its own query (sections load in parallel), and until there are figures, a state
 * that names the service — not connected, failed (with retry), or empty — never zeros.
 */
export function KpiSection<T>(props: {
  section: Section;
  title: string;
  tenant: { id: string; slug: string };
  range: DayRange;
  connected: boolean;
  isEmpty: (data: T) => boolean;
  onRendered: (section: Section) => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  const { section, range, tenant } = props;
  const service = LABEL[SECTION_SERVICE[section]];
  const query = useQuery({
    queryKey: kpisKeys.section(tenant.id, section, range),
    queryFn: () => fetchJson<T>(kpisUrl(tenant.id, section, range)),
    enabled: props.connected,
    staleTime: 60_000,
  });
  const { onRendered } = props;
  const done = useCallback(() => onRendered(section), [onRendered, section]);
  const notConnected =
    !props.connected || (query.error instanceof ApiClientError && query.error.code === "integration_not_connected");

  let body: ReactNode;
  if (notConnected) {
    body = (
      <StateLine onShown={done}>
        <p className="flex items-center gap-2 text-muted-foreground" data-state="not_connected">
          <CircleDashed className="size-4" aria-hidden />
          {t("kpis.states.notConnected", { service })}
        </p>
        <Button asChild size="sm" className="mt-3">
          <Link href={`/${tenant.slug}/settings/integrations`}>{t("kpis.states.connect", { service })}</Link>
        </Button>
      </StateLine>
    );
  } else if (query.isError) {
    body = (
      <StateLine onShown={done}>
        <p className="flex items-center gap-2 text-destructive" role="alert" data-state="error">
          <TriangleAlert className="size-4" aria-hidden />
          {problemText(query.error, t)
            ? t("kpis.states.error", { service, message: errorText(query.error, t) })
            : t("kpis.states.errorNoDetail", { service })}
        </p>
        <Button size="sm" variant="outline" className="mt-3" onClick={() => query.refetch()}>
          {t("kpis.states.retry")}
        </Button>
      </StateLine>
    );
  } else if (!query.data) {
    body = (
      <div className="grid gap-3 md:grid-cols-2" aria-busy>
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
        <Skeleton className="h-72 md:col-span-2" />
      </div>
    );
  } else if (props.isEmpty(query.data)) {
    body = (
      <StateLine onShown={done}>
        <p className="text-muted-foreground" data-state="empty">
          {t("kpis.states.empty", { service })}
        </p>
      </StateLine>
    );
  } else {
    body = (
      <RenderReporter onDone={done} token={query.data}>
        {props.children(query.data)}
      </RenderReporter>
    );
  }

  return (
    <section
      id={section}
      aria-labelledby={`${section}-title`}
      className="grid scroll-mt-20 gap-3"
      data-section={section}
    >
      <h2 id={`${section}-title`} className="font-semibold text-lg">
        {props.title}
      </h2>
      {body}
    </section>
  );
}
