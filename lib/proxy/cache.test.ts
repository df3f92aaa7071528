import { describe, expect, it, vi } from "vitest";
import { cacheKey, createTtlCache } from "./cache";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createTtlCache", () => {
  it("serves a value until its time is up, then loads again", async () => {
    const c = clock();
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 10, now: c.now });
    const load = vi.fn(async () => ({ inboxes: [1, 2] }));
    expect(await cache.get("k", load)).toEqual({ inboxes: [1, 2] });
    c.advance(59_999);
    await cache.get("k", load);
    expect(load).toHaveBeenCalledTimes(1);
    c.advance(1);
    await cache.get("k", load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one load between concurrent callers", async () => {
    const cache = createTtlCache({ ttlMs: 1_000, maxEntries: 10 });
    let resolve: (v: string) => void = () => {};
    const load = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const both = Promise.all([cache.get("k", load), cache.get("k", load)]);
    resolve("once");
    expect(await both).toEqual(["once", "once"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never keeps a failure: the next call asks upstream again", async () => {
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 10 });
    await expect(cache.get("k", () => Promise.reject(new Error("503")))).rejects.toThrow("503");
    expect(await cache.get("k", async () => "ok")).toBe("ok");
  });

  it("keeps keys apart and drops the oldest beyond maxEntries", async () => {
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 2 });
    await cache.get("a", async () => "A");
    await cache.get("b", async () => "B");
    await cache.get("c", async () => "C");
    expect(cache.size).toBe(2);
    expect(await cache.get("b", async () => "B2")).toBe("B");
    expect(await cache.get("a", async () => "A2")).toBe("A2");
  });
});

describe("cacheKey", () => {
  it("differs by tenant, connection, operation and arguments", () => {
    const base = { tenantId: "t1", connection: "http://cw#1", operation: "cannedResponses", args: "envío" };
    const keys = new Set([
      cacheKey(base),
      cacheKey({ ...base, tenantId: "t2" }),
      cacheKey({ ...base, connection: "http://cw#2" }),
      cacheKey({ ...base, operation: "labels" }),
      cacheKey({ ...base, args: "garantía" }),
    ]);
    expect(keys.size).toBe(5);
    // Parts are encoded, so a value containing a separator cannot impersonate another key.
    expect(cacheKey({ ...base, tenantId: "t1,http://cw#1" })).not.toBe(cacheKey(base));
  });
});
