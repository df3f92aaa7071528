"use client";
import { Skeleton } from "@/components/ui/skeleton";
import { useI18n } from "@/lib/i18n/client";

export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div className="grid gap-2" role="status" aria-busy="true" aria-label={t("common.loading")}>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity.
        <Skeleton key={i} className="h-14 w-full" />
      ))}
    </div>
  );
}
