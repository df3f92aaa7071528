// A small time-bounded cache for upstream reference data (inboxes, labels, canned responses, agents).
// It lives in this process's memory on purpose: what it holds is a copy of data Chatwoot owns, at
// most a minute old, so instances that disagree for a few seconds show nothing wrong and there is
// nothing to keep consistent in Postgres. Data of record never goes through here.

export interface TtlCacheOptions {
  ttlMs: number;
  /** Oldest entries are dropped beyond this, so many tenants cannot grow memory without bound. */
  maxEntries: number;
  now?: () => number;
}

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

export function createTtlCache({ ttlMs, maxEntries, now = Date.now }: TtlCacheOptions) {
  const entries = new Map<string, Entry>();

  function evict() {
    const t = now();
    for (const [key, entry] of entries) if (entry.expires <= t) entries.delete(key);
    // Map iteration follows insertion order: the first keys are the oldest.
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(key);
    }
  }

  return {
    /**
     * The cached value for `key`, or `load()`'s. The promise is stored, so concurrent callers share
     * one upstream call; a failed load is forgotten at once, so an outage is never cached.
     */
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      // Each key is built from one operation, so the value stored under it has that operation's type.
      if (hit && hit.expires > now()) return hit.value as Promise<T>;
      const value = load();
      entries.delete(key);
      entries.set(key, { expires: now() + ttlMs, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      if (entries.size > maxEntries) evict();
      return value;
    },
    delete(key: string) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type TtlCache = ReturnType<typeof createTtlCache>;

/** A cache key that cannot collide across tenants, connections, operations or arguments. */
export function cacheKey(parts: { tenantId: string; connection: string; operation: string; args?: unknown }): string {
  return JSON.stringify([parts.tenantId, parts.connection, parts.operation, parts.args ?? null]);
}
