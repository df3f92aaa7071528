/**
 * Time limits for upstream work, released the moment the work ends.
 *
 * Why not AbortSignal.timeout: its timer cannot be cleared, and a timer keeps the async context it
 * was created in (AsyncLocalStorage's store: Next's whole request, with its response and buffers)
 * until it fires. At 10 s per upstream call and a few calls per request, a busy instance held every
 * request of the last 10 s in memory (heap snapshots: about 2,900 ServerResponse objects, each
 * reachable only from a pending node:internal/abort_controller Timeout). Clearing the timer when the
 * work ends lets a finished request go at once.
 */
export type Deadline = { signal: AbortSignal; release(): void };

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(
    // The same reason AbortSignal.timeout gives, so callers recognise a timeout by its name.
    () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    ms,
  );
  // Never what keeps a process alive (a script's last call should not wait out its deadline).
  timer.unref?.();
  return { signal: controller.signal, release: () => clearTimeout(timer) };
}

/** Runs `work` under a deadline of `ms`, released when it settles. */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const deadline = startDeadline(ms);
  try {
    return await work(deadline.signal);
  } finally {
    deadline.release();
  }
}
