"use client";
import { Badge } from "@/components/ui/badge";
import type { ContactSource } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";

// Each service keeps one colour everywhere in the tab, so a glance tells where a customer comes from.
const tone: Record<ContactSource, string> = {
  hub: "border-transparent bg-muted text-foreground",
  chatwoot: "border-transparent bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  odoo: "border-transparent bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100",
};

export function SourceBadge({ source, className }: { source: ContactSource; className?: string }) {
  const { t } = useI18n();
  return (
    <Badge variant="outline" className={cn(tone[source], className)} data-source={source}>
      {t(`contacts.source.${source}`)}
    </Badge>
  );
}

export function SourceBadges({ sources }: { sources: ContactSource[] }) {
  return (
    <div className="flex flex-wrap gap-1">
      {sources.map((s) => (
        <SourceBadge key={s} source={s} />
      ))}
    </div>
  );
}
