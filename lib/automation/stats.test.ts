import { describe, expect, it } from "vitest";
import type { Execution } from "@/lib/integrations/n8n/n8n-models";
import { computeStats, windowDays, windowStart } from "./stats";

// 2026-03-10 15:00 in Santiago (UTC−3 in March).
const NOW = Date.parse("2026-03-10T18:00:00Z");

function run(id: string, workflowId: string, startedAt: string, status = "success", durationMs = 1_000): Execution {
  return {
    id,
    workflowId,
    status,
    mode: "webhook",
    finished: status === "success",
    startedAt,
    stoppedAt: null,
    durationMs,
    retryOf: null,
    retrySuccessId: null,
    error: null,
  };
}

describe("workflow stats", () => {
  it("has seven Santiago days ending today, and a paging bound before the first one", () => {
    expect(windowDays(NOW)).toEqual([
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
    expect(windowStart(NOW)).toBeLessThanOrEqual(Date.parse("2026-03-04T03:00:00Z"));
  });

  it("counts runs per Santiago day, the success rate of finished runs, and the newest run", () => {
    const stats = computeStats(
      [
        run("1", "a", "2026-03-10T12:00:00Z"),
        run("2", "a", "2026-03-10T13:00:00Z", "error", 3_000),
        // 01:30 UTC on the 10th is still the 9th in Santiago.
        run("3", "a", "2026-03-10T01:30:00Z"),
        run("4", "a", "2026-03-10T14:00:00Z", "running", 0),
        // Before the window: no count, but it could be the last run of an idle workflow.
        run("5", "b", "2026-02-01T10:00:00Z", "error"),
      ],
      NOW,
    );
    expect(stats.a).toMatchObject({
      runs: 4,
      failures: 1,
      perDay: [0, 0, 0, 0, 0, 1, 3],
      lastRun: { id: "4", status: "running" },
    });
    expect(stats.a.successRate).toBeCloseTo(2 / 3);
    expect(stats.b).toMatchObject({ runs: 0, successRate: null, lastRun: { id: "5", status: "error" } });
    expect(stats.b.perDay).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("ignores runs without a workflow and handles none at all", () => {
    expect(computeStats([{ ...run("1", "a", "2026-03-10T12:00:00Z"), workflowId: null }], NOW)).toEqual({});
  });
});
