"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";
import { cn } from "@/lib/utils";

const tabs: { segment: string; label: MessageKey }[] = [
  { segment: "members", label: "settings.members" },
  { segment: "integrations", label: "settings.integrations" },
];

export function SettingsTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const { t } = useI18n();
  return (
    <nav aria-label={t("settings.title")} className="flex gap-1 border-b">
      {tabs.map(({ segment, label }) => {
        const href = `/${slug}/settings/${segment}`;
        const active = pathname.startsWith(href);
        return (
          <Link
            key={segment}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 font-medium text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring",
              active
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(label)}
          </Link>
        );
      })}
    </nav>
  );
}
