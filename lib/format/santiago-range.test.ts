import { describe, expect, it } from "vitest";
import {
  addDays,
  dayCount,
  daysOf,
  lastDays,
  previousRange,
  rangeInstants,
  santiagoDayOf,
  startOfSantiagoDay,
  startOfSantiagoMonth,
  startOfSantiagoWeek,
} from "./santiago-range";

// Chile (America/Santiago): UTC−4 in winter, UTC−3 in summer. Clocks go back at Saturday 24:00 before
// the first Sunday of April (Saturday lasts 25 h) and forward at Saturday 24:00 before the first Sunday
// of September (local midnight does not exist; Sunday starts at 01:00 and lasts 23 h).
const at = (iso: string) => Date.parse(iso);
const H = 3_600_000;

describe("Santiago days around midnight", () => {
  it("puts late-evening instants on the local day, not the UTC one", () => {
    // 2026-01-15 23:30 −03 is already the 16th in UTC.
    expect(santiagoDayOf(at("2026-01-16T02:30:00Z"))).toBe("2026-01-15");
    expect(santiagoDayOf(at("2026-01-16T02:59:59Z"))).toBe("2026-01-15");
    expect(santiagoDayOf(at("2026-01-16T03:00:00Z"))).toBe("2026-01-16");
    // Winter: midnight is 04:00 UTC.
    expect(santiagoDayOf(at("2026-07-16T03:59:59Z"))).toBe("2026-07-15");
    expect(santiagoDayOf(at("2026-07-16T04:00:00Z"))).toBe("2026-07-16");
  });

  it("starts days at 03:00 UTC in summer and 04:00 UTC in winter", () => {
    expect(new Date(startOfSantiagoDay("2026-01-15")).toISOString()).toBe("2026-01-15T03:00:00.000Z");
    expect(new Date(startOfSantiagoDay("2026-07-15")).toISOString()).toBe("2026-07-15T04:00:00.000Z");
  });
});

describe("the April change (first Sunday of April: back to UTC−4)", () => {
  it("makes Saturday 4 April 2026 25 hours long and Sunday start at 04:00 UTC", () => {
    expect(new Date(startOfSantiagoDay("2026-04-04")).toISOString()).toBe("2026-04-04T03:00:00.000Z");
    expect(new Date(startOfSantiagoDay("2026-04-05")).toISOString()).toBe("2026-04-05T04:00:00.000Z");
    expect(startOfSantiagoDay("2026-04-05") - startOfSantiagoDay("2026-04-04")).toBe(25 * H);
    expect(startOfSantiagoDay("2026-04-06") - startOfSantiagoDay("2026-04-05")).toBe(24 * H);
  });

  it("keeps the repeated 23:00 hour on Saturday", () => {
    expect(santiagoDayOf(at("2026-04-05T02:30:00Z"))).toBe("2026-04-04"); // 23:30 −03
    expect(santiagoDayOf(at("2026-04-05T03:30:00Z"))).toBe("2026-04-04"); // 23:30 −04, again
    expect(santiagoDayOf(at("2026-04-05T03:59:59Z"))).toBe("2026-04-04");
    expect(santiagoDayOf(at("2026-04-05T04:00:00Z"))).toBe("2026-04-05");
  });

  it("ranges across it cover every hour exactly once", () => {
    const r = rangeInstants({ from: "2026-04-01", to: "2026-04-07" });
    expect(r.until - r.since).toBe(7 * 24 * H + H);
    expect(lastDays(7, at("2026-04-05T03:30:00Z"))).toEqual({ from: "2026-03-29", to: "2026-04-04" });
  });
});

describe("the September change (first Sunday of September: forward to UTC−3)", () => {
  it("skips local midnight: Sunday 6 September 2026 starts at 01:00 −03 (04:00 UTC) and lasts 23 hours", () => {
    expect(new Date(startOfSantiagoDay("2026-09-05")).toISOString()).toBe("2026-09-05T04:00:00.000Z");
    expect(new Date(startOfSantiagoDay("2026-09-06")).toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(new Date(startOfSantiagoDay("2026-09-07")).toISOString()).toBe("2026-09-07T03:00:00.000Z");
    expect(startOfSantiagoDay("2026-09-07") - startOfSantiagoDay("2026-09-06")).toBe(23 * H);
  });

  it("reads the instants around the gap on the right day", () => {
    expect(santiagoDayOf(at("2026-09-06T03:59:59Z"))).toBe("2026-09-05"); // 23:59:59 −04
    expect(santiagoDayOf(at("2026-09-06T04:00:00Z"))).toBe("2026-09-06"); // 01:00 −03
  });

  it("follows the rule in other years too (2025: 6 April and 7 September)", () => {
    expect(new Date(startOfSantiagoDay("2025-04-06")).toISOString()).toBe("2025-04-06T04:00:00.000Z");
    expect(new Date(startOfSantiagoDay("2025-09-07")).toISOString()).toBe("2025-09-07T04:00:00.000Z");
    expect(startOfSantiagoDay("2025-09-08") - startOfSantiagoDay("2025-09-07")).toBe(23 * H);
  });
});

describe("ranges", () => {
  it("counts and lists days inclusively, across month ends and DST", () => {
    expect(dayCount({ from: "2026-09-01", to: "2026-09-30" })).toBe(30);
    expect(daysOf({ from: "2026-02-27", to: "2026-03-02" })).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
    expect(addDays("2026-09-05", 1)).toBe("2026-09-06");
  });

  it("compares with the same-length period right before", () => {
    expect(previousRange({ from: "2026-04-01", to: "2026-04-30" })).toEqual({ from: "2026-03-02", to: "2026-03-31" });
    expect(previousRange({ from: "2026-09-06", to: "2026-09-12" })).toEqual({ from: "2026-08-30", to: "2026-09-05" });
  });

  it("takes 'the last 30 days' in Santiago even when UTC is already tomorrow", () => {
    expect(lastDays(30, at("2026-03-01T02:00:00Z"))).toEqual({ from: "2026-01-30", to: "2026-02-28" });
    expect(lastDays(1, at("2026-03-01T03:00:00Z"))).toEqual({ from: "2026-03-01", to: "2026-03-01" });
  });

  it("finds the Santiago week (Monday) and month of an instant", () => {
    // Sunday 2026-03-01 23:30 −03 is Monday in UTC: still the week of Monday 23 February.
    expect(startOfSantiagoWeek(at("2026-03-02T02:30:00Z"))).toBe("2026-02-23");
    expect(startOfSantiagoMonth(at("2026-03-01T02:30:00Z"))).toBe("2026-02-01");
  });
});
