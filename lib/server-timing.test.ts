import { afterEach, describe, expect, it, vi } from "vitest";

// The flag is read once when the module loads, so each case loads it afresh.
async function load(flag: string | undefined) {
  vi.resetModules();
  vi.stubEnv("SERVER_TIMING", flag);
  return import("./server-timing");
}

describe("server timing", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sums each span per request and adds the total", async () => {
    const t = await load("1");
    const header = await t.withServerTiming(async () => {
      await t.span("upstream", () => new Promise((r) => setTimeout(r, 5)));
      await t.span("upstream", () => new Promise((r) => setTimeout(r, 5)));
      t.spanSync("decode", () => JSON.parse("[1,2,3]"));
      return t.serverTimingHeader(42);
    });
    const parts = Object.fromEntries((header ?? "").split(", ").map((p) => p.split(";dur=") as [string, string]));
    expect(Object.keys(parts)).toEqual(["upstream", "decode", "total"]);
    expect(Number(parts.upstream)).toBeGreaterThanOrEqual(8);
    expect(parts.total).toBe("42.00");
  });

  it("keeps requests apart, and a failing span still counts", async () => {
    const t = await load("1");
    const [a, b] = await Promise.all([
      t.withServerTiming(async () => {
        await t.span("caller", async () => {}).catch(() => {});
        return t.serverTimingHeader(1);
      }),
      t.withServerTiming(async () => {
        await t.span("handler", async () => Promise.reject(new Error("x"))).catch(() => {});
        return t.serverTimingHeader(2);
      }),
    ]);
    expect(a).toMatch(/^caller;dur=[\d.]+, total;dur=1\.00$/);
    expect(b).toMatch(/^handler;dur=[\d.]+, total;dur=2\.00$/);
  });

  it("is off without SERVER_TIMING=1: no header, and the work still runs", async () => {
    const t = await load(undefined);
    const out = await t.withServerTiming(async () => {
      const v = await t.span("upstream", async () => 7);
      return { v, header: t.serverTimingHeader(3) };
    });
    expect(out).toEqual({ v: 7, header: null });
  });
});
