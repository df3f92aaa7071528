"use client";
import { CalendarClock, MousePointerClick, Webhook } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { TriggerKind } from "@/lib/automation/trigger";
import { useI18n } from "@/lib/i18n/client";

const icons = { webhook: Webhook, schedule: CalendarClock, other: MousePointerClick } as const;

export function TriggerBadge({ kind }: { kind: TriggerKind }) {
  const { t } = useI18n();
  const Icon = icons[kind];
  return (
    <Badge variant="secondary" className="gap-1">
      <Icon aria-hidden />
      {t(`automation.trigger.${kind}`)}
    </Badge>
  );
}
