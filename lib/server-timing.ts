// Where a request's time goes, as a Server-Timing header: the wrapper and the upstream layer add
// named spans (caller, upstream, decode, ...), summed per name. Off unless SERVER_TIMING=1 (the bench
// turns it on), so production pays one boolean check per span and carries no async context.
import { AsyncLocalStorage } from "node:async_hooks";

const enabled = process.env.SERVER_TIMING === "1";
const store = new AsyncLocalStorage<Map<string, number>>();

/** Runs fn with a span set of its own when timing is on; `header()` reads it back inside fn. */
export function withServerTiming<T>(fn: () => T): T {
  return enabled ? store.run(new Map(), fn) : fn();
}

/** Adds the time fn takes to the span `name` of the current request. */
export async function span<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const spans = enabled ? store.getStore() : undefined;
  if (!spans) return fn();
  const started = performance.now();
  try {
    return await fn();
  } finally {
    spans.set(name, (spans.get(name) ?? 0) + performance.now() - started);
  }
}

/** Synchronous work (parsing, serialising): the same as span. */
export function spanSync<T>(name: string, fn: () => T): T {
  const spans = enabled ? store.getStore() : undefined;
  if (!spans) return fn();
  const started = performance.now();
  try {
    return fn();
  } finally {
    spans.set(name, (spans.get(name) ?? 0) + performance.now() - started);
  }
}

/** The header value for the current request, with `total` added; null when timing is off. */
export function serverTimingHeader(total: number): string | null {
  const spans = enabled ? store.getStore() : undefined;
  if (!spans) return null;
  const parts = [...spans].map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`);
  parts.push(`total;dur=${total.toFixed(2)}`);
  return parts.join(", ");
}
