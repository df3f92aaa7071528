// A thousand workspaces touching the Hub once each leave its memory within the stated bounds of the
// process-wide caches, whatever each of them loaded. Measured as the heap that survives a full
// collection, before and after.
import { describe, expect, it } from "vitest";
import { cachedFigure } from "@/lib/kpis/cache";
import { collectGarbage } from "@/tests/support/garbage";

const MB = 1024 * 1024;
/** The KPI cache's stated weight bound (lib/kpis/cache.ts). */
const KPI_CACHE_BYTES = 16 * MB;

async function heapAfterCollection(): Promise<number> {
  await collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * A figure as a dashboard gets it: a series whose labels make it weigh about `bytes`. Each label is
 * its own string (no shared prefix V8 could keep once), in two-byte characters, so what the heap
 * holds is what `weigh` counts.
 */
function figureOf(tenant: number, bytes: number) {
  const chars = bytes / 2 / 20;
  return {
    tenant,
    points: Array.from({ length: 20 }, (_, day) => ({ day, label: `${tenant}-${day}-`.padEnd(chars, "—") })),
  };
}

describe("a thousand workspaces", () => {
  it("each loading 80 KB of figures leave at most the KPI cache's bound in memory", async () => {
    // One workspace first, so what is loaded once per process (modules, the cache itself) is not counted.
    await cachedFigure({ tenantId: "warm-up", connection: "c", figure: "sales", args: null }, async () =>
      figureOf(0, 1_000),
    );
    const before = await heapAfterCollection();
    for (let tenant = 0; tenant < 1_000; tenant++) {
      const figure = await cachedFigure(
        { tenantId: `tenant-${tenant}`, connection: "http://odoo.test#1", figure: "sales", args: { days: 30 } },
        async () => figureOf(tenant, 80_000),
      );
      expect(figure.tenant).toBe(tenant);
    }
    const grown = (await heapAfterCollection()) - before;
    // 1,000 × 80 KB is 80 MB: kept whole, this fails by far. A fifth over the bound covers the
    // difference between a value's weight and its heap size, and the keys.
    expect(grown).toBeLessThan(KPI_CACHE_BYTES * 1.2);
  });
});
