import "server-only";
import { cacheKey, createTtlCache } from "@/lib/proxy/cache";

// Repeated views within a minute are answered from this process's memory. An exception to "the
// database is the only state" that is safe here: these are derived, non-authoritative copies of figures
// the upstream services own, at most 60 s old; two instances disagreeing for a few seconds shows
// nothing wrong, and a failed computation is never kept (createTtlCache forgets rejections).
// At most 1,000 figures of 16 MB together: a figure is a few KB of series, so the weight bound only
// bites if an upstream answers with far more than a chart shows.
const kpiCache = createTtlCache({ ttlMs: 60_000, maxEntries: 1_000, maxBytes: 16 * 1024 * 1024 });

export function cachedFigure<T>(
  parts: { tenantId: string; connection: string; figure: string; args: unknown },
  load: () => Promise<T>,
): Promise<T> {
  return kpiCache.get(cacheKey({ ...parts, operation: `kpis:${parts.figure}` }), load);
}
