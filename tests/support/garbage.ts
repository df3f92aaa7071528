// A full garbage collection from inside a test, for tests about what memory is kept. Vitest's
// workers do not start with --expose-gc; V8 lets a running process switch the flag on, and a new
// context then sees `gc`.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * Collects after the current job has ended: a WeakRef dereferenced in this job keeps its target
 * until the job ends, so a collection before that would prove nothing.
 */
export async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
}

/** Whether what `make` returns outlives `use`, once `use` has settled and memory was collected. */
export async function isRetained<T extends object>(
  make: () => T,
  use: (value: T) => Promise<unknown>,
): Promise<boolean> {
  let ref: WeakRef<T> | undefined;
  await (async () => {
    const value = make();
    ref = new WeakRef(value);
    await use(value);
  })();
  await collectGarbage();
  return ref?.deref() !== undefined;
}
