import { describe, expect, it, vi } from "vitest";
import { cacheKey, createTtlCache, weigh } from "./cache";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createTtlCache", () => {
  it("serves a value until its time is up, then loads again", async () => {
    const c = clock();
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 10, maxBytes: 1_000_000, now: c.now });
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
    const cache = createTtlCache({ ttlMs: 1_000, maxEntries: 10, maxBytes: 1_000_000 });
    let resolve: (v: string) => void = () => {};
    const load = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const both = Promise.all([cache.get("k", load), cache.get("k", load)]);
    resolve("once");
    expect(await both).toEqual(["once", "once"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never keeps a failure: the next call asks upstream again", async () => {
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 10, maxBytes: 1_000_000 });
    await expect(cache.get("k", () => Promise.reject(new Error("503")))).rejects.toThrow("503");
    expect(await cache.get("k", async () => "ok")).toBe("ok");
  });

  it("keeps keys apart and drops the oldest beyond maxEntries", async () => {
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 2, maxBytes: 1_000_000 });
    await cache.get("a", async () => "A");
    await cache.get("b", async () => "B");
    await cache.get("c", async () => "C");
    expect(cache.size).toBe(2);
    expect(await cache.get("b", async () => "B2")).toBe("B");
    expect(await cache.get("a", async () => "A2")).toBe("A2");
  });
});

describe("createTtlCache's weight bound", () => {
  const text = (chars: number) => "x".repeat(chars);

  it("counts what it holds and drops the oldest beyond maxBytes", async () => {
    // Each value weighs about 2 × (1,000 + 2) bytes: three fit under 7,000, a fourth does not.
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: 7_000 });
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => text(1_000));
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(3 * weigh(text(1_000)));
    await cache.get("d", async () => text(1_000));
    await Promise.resolve();
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBeLessThanOrEqual(7_000);
    const load = vi.fn(async () => "again");
    expect(await cache.get("a", load)).toBe("again");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("passes on a value heavier than the whole bound without keeping it", async () => {
    const cache = createTtlCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: 1_000 });
    expect(await cache.get("big", async () => text(5_000))).toHaveLength(5_000);
    await Promise.resolve();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("gives back an entry's weight when it expires, is replaced or fails", async () => {
    const c = clock();
    const cache = createTtlCache({ ttlMs: 1_000, maxEntries: 1, maxBytes: 1_000_000, now: c.now });
    await cache.get("a", async () => text(100));
    c.advance(1_000);
    await cache.get("a", async () => text(10));
    await Promise.resolve();
    expect(cache.bytes).toBe(weigh(text(10)));
    await cache.get("b", async () => text(10));
    await Promise.resolve();
    expect(cache.bytes).toBe(weigh(text(10)));
    await expect(cache.get("c", () => Promise.reject(new Error("503")))).rejects.toThrow();
    await Promise.resolve();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
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
