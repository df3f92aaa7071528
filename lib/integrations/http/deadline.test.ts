import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { isRetained } from "@/tests/support/garbage";
import { withDeadline } from "./deadline";

type Store = { response: Uint8Array; signal?: AbortSignal };
const requestStore = new AsyncLocalStorage<Store>();
/**
 * A stand-in for Next's request store: what a timer created during the request would keep. Like
 * Next's, it reaches the signal of the upstream call made during the request (there, through the
 * request's promises), so the signal cannot be collected before its timer fires.
 */
const aRequest = (): Store => ({ response: new Uint8Array(1024 * 1024) });
const duringRequest = (store: Store, work: () => Promise<unknown>) => requestStore.run(store, work);

describe("withDeadline", () => {
  it("aborts the work with a TimeoutError once the time is up", async () => {
    const reason = await withDeadline(
      20,
      (signal) => new Promise((resolve) => signal.addEventListener("abort", () => resolve(signal.reason))),
    );
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe("TimeoutError");
  });

  it("passes on the work's result and its failure", async () => {
    await expect(withDeadline(1_000, async () => 42)).resolves.toBe(42);
    await expect(withDeadline(1_000, async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
  });

  it("lets go of the request it ran in as soon as the work ends", async () => {
    const kept = await isRetained(aRequest, (store) =>
      duringRequest(store, () =>
        withDeadline(60_000, async (signal) => {
          store.signal = signal;
        }),
      ),
    );
    expect(kept).toBe(false);
  });

  it("is needed: AbortSignal.timeout keeps the request until its timer fires", async () => {
    // The reason this module exists; if a Node release stops the platform timer from holding the
    // async context, this fails and withDeadline can give way to AbortSignal.timeout.
    const kept = await isRetained(aRequest, (store) =>
      duringRequest(store, async () => {
        store.signal = AbortSignal.timeout(60_000);
      }),
    );
    expect(kept).toBe(true);
  });
});
