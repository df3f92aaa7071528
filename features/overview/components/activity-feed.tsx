"use client";
import { Activity, Radio } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { ActivityItem } from "@/lib/kpis/kpi-types";
import { activityText } from "../lib/activity-text";

export type LiveLine = { key: string; text: string; at: string };

/** The workspace's own log (who invited, connected…) with live Chatwoot events on top as they arrive. */
export function ActivityFeed({ items, live }: { items: ActivityItem[]; live: LiveLine[] }) {
  const { t, locale } = useI18n();
  const lines = [
    ...live.map((l) => ({ key: l.key, text: l.text, at: l.at, live: true })),
    ...items.map((i) => ({ key: `log-${i.id}`, text: activityText(i, t), at: i.at, live: false })),
  ].slice(0, 20);
  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle className="flex items-center gap-2 text-base">
          <Activity className="size-4" aria-hidden />
          {t("overview.activity.title")}
        </CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        {lines.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t("overview.activity.empty")}</p>
        ) : (
          <ol className="grid gap-2" aria-live="polite" data-activity>
            {lines.map((l) => (
              <li key={l.key} className="flex items-start justify-between gap-3 text-sm">
                <span className="flex items-start gap-2">
                  {l.live ? <Radio className="mt-0.5 size-3.5 shrink-0 text-emerald-600" aria-hidden /> : null}
                  {l.text}
                </span>
                <time dateTime={l.at} suppressHydrationWarning className="shrink-0 text-muted-foreground text-xs">
                  {formatRelative(l.at, locale)}
                </time>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
