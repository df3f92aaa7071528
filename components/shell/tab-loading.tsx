import { Skeleton } from "@/components/ui/skeleton";

/**
 * A tab's skeleton while its server page renders (each tab's loading.tsx). Mensajes has no loading
 * boundary on purpose: React reveals streamed content at least 300 ms after a fallback it showed,
 * and the inbox's data is on the server in tens of milliseconds, so a fallback there only delayed
 * the first rows. Its navigation shows progress in the sidebar link instead.
 */
export function TabLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-28" />
        ))}
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}
