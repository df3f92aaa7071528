"use client";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { PageHeader } from "@/components/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { errorText } from "@/lib/browser/error-text";
import { fetchJson } from "@/lib/browser/fetch-json";
import { useLiveEvents } from "@/lib/browser/live/use-live-events";
import type { LiveEvent } from "@/lib/events/live-event";
import { useI18n } from "@/lib/i18n/client";
import type { Overview } from "@/lib/kpis/kpi-types";
import { liveEventText } from "../lib/activity-text";
import { overviewKeys, overviewUrl } from "../lib/overview-query-keys";
import { ActivityFeed, type LiveLine } from "./activity-feed";
import { QuickActions } from "./quick-actions";
import { StatCards } from "./stat-cards";

const MAX_LIVE_LINES = 10;

export function OverviewScreen({ tenant }: { tenant: { id: string; slug: string } }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: overviewKeys.overview(tenant.id),
    queryFn: () => fetchJson<Overview>(overviewUrl(tenant.id)),
    // Matches the server's one-minute cache: refetching sooner would only get the same figures.
    staleTime: 60_000,
  });
  const [live, setLive] = useState<LiveLine[]>([]);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      const text = liveEventText(event, t);
      if (text)
        setLive((lines) =>
          [{ key: `live-${event.id}`, text, at: event.receivedAt }, ...lines].slice(0, MAX_LIVE_LINES),
        );
    },
    [t],
  );
  useLiveEvents(tenant.id, { onEvent });

  return (
    <>
      <PageHeader title={t("overview.title")} description={t("overview.subtitle")} />
      {query.data ? (
        <div className="grid gap-6">
          <StatCards data={query.data} slug={tenant.slug} />
          <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
            <ActivityFeed items={query.data.activity} live={live} />
            <QuickActions data={query.data} slug={tenant.slug} />
          </div>
        </div>
      ) : query.isError ? (
        <p className="text-destructive text-sm" role="alert">
          {errorText(query.error, t)}
        </p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" aria-busy>
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with no identity of their own
            <Skeleton key={i} className="h-32 rounded-xl" />
          ))}
        </div>
      )}
    </>
  );
}
