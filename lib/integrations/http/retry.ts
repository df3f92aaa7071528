/** Backoff and Retry-After arithmetic, kept pure so it can be tested without a server. */

export interface BackoffOptions {
  /** First wait; doubles each attempt. */
  baseMs: number;
  /** Ceiling for one wait. */
  maxMs: number;
  random?: () => number;
}

/** Exponential backoff with "full jitter": spreads retries of many tenants hitting one sick server. */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1));
  const random = opts.random ?? Math.random;
  return Math.round(exp / 2 + random() * (exp / 2));
}

/**
 * Retry-After as seconds (integer form or HTTP date), or undefined when absent or unreadable.
 * A date in the past counts as 0.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
