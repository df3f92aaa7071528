import { Skeleton } from "@/components/ui/skeleton";

export function ThreadSkeleton() {
  return (
    <div className="grid flex-1 content-end gap-3 p-4" aria-hidden data-testid="thread-skeleton">
      <Skeleton className="h-10 w-1/2 rounded-2xl" />
      <Skeleton className="ml-auto h-14 w-2/3 rounded-2xl" />
      <Skeleton className="h-8 w-1/3 rounded-2xl" />
      <Skeleton className="ml-auto h-10 w-1/2 rounded-2xl" />
    </div>
  );
}
