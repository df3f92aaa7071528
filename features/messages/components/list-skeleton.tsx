import { Skeleton } from "@/components/ui/skeleton";

export function ListSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="grid" aria-hidden data-testid="list-skeleton">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="grid h-[84px] gap-2 border-b px-3 py-3">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-3 w-1/3" />
        </div>
      ))}
    </div>
  );
}
