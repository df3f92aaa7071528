// A small time-bounded cache for upstream reference data (inboxes, labels, canned responses, agents).
// It lives in this process's memory on purpose: what it holds is a copy of data Chatwoot owns, at
// most a minute old, so instances that disagree for a few seconds show nothing wrong and there is
// nothing to keep consistent in Postgres. Data of record never goes through here.
//
// Bounded three ways, so one instance can serve any number of tenants: an entry lives ttlMs at most,
// at most maxEntries are kept, and their values weigh at most maxBytes together. Beyond either count
// the oldest entries go first. Written here rather than taken from an LRU package because the entries
// are promises (concurrent callers share one upstream call, and a rejection must vanish at once),
// and a value is only weighed once it has arrived.

export interface TtlCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Upper bound on the weight of the values held (see `weigh`); a single heavier value is not kept. */
  maxBytes: number;
  now?: () => number;
}

interface Entry {
  expires: number;
  value: Promise<unknown>;
  /** 0 until the value arrives. */
  bytes: number;
}

/**
 * What a value costs to keep, about: the UTF-16 size of its JSON. Values here are parsed JSON from an
 * upstream (strings, numbers, small objects), where the text's size follows the heap's closely.
 */
export function weigh(value: unknown): number {
  try {
    return (JSON.stringify(value)?.length ?? 0) * 2;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function createTtlCache({ ttlMs, maxEntries, maxBytes, now = Date.now }: TtlCacheOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  }

  function evict() {
    const t = now();
    for (const [key, entry] of entries) if (entry.expires <= t) remove(key);
    // Map iteration follows insertion order: the first keys are the oldest. Past the weight bound
    // only arrived values go (one still loading weighs nothing yet, and dropping it would only
    // send its callers upstream again).
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      if (entries.size <= maxEntries && entry.bytes === 0) continue;
      remove(key);
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
      remove(key);
      const entry: Entry = { expires: now() + ttlMs, value, bytes: 0 };
      entries.set(key, entry);
      value.then(
        (resolved) => {
          // Replaced or evicted while loading: nothing of it is held here any more.
          if (entries.get(key) !== entry) return;
          entry.bytes = weigh(resolved);
          bytes += entry.bytes;
          if (entry.bytes > maxBytes) remove(key);
          else if (bytes > maxBytes) evict();
        },
        () => {
          if (entries.get(key) === entry) remove(key);
        },
      );
      if (entries.size > maxEntries) evict();
      return value;
    },
    delete(key: string) {
      remove(key);
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    /** The weight of the values held now. */
    get bytes() {
      return bytes;
    },
  };
}

export type TtlCache = ReturnType<typeof createTtlCache>;

/** A cache key that cannot collide across tenants, connections, operations or arguments. */
export function cacheKey(parts: { tenantId: string; connection: string; operation: string; args?: unknown }): string {
  return JSON.stringify([parts.tenantId, parts.connection, parts.operation, parts.args ?? null]);
}
