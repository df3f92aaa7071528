import { describe, expect, it } from "vitest";
import { parseSantiagoLocal, snoozePresetTime, toSantiagoLocal } from "./snooze-time";

describe("snooze times on Chile's clock", () => {
  it("reads a datetime-local value as Santiago time in summer (UTC-3) and winter (UTC-4)", () => {
    expect(parseSantiagoLocal("2026-11-21T09:00")?.toISOString()).toBe("2026-11-21T12:00:00.000Z");
    expect(parseSantiagoLocal("2026-07-01T09:00")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(parseSantiagoLocal("mañana")).toBeNull();
    expect(toSantiagoLocal(new Date("2026-11-21T12:00:00Z"))).toBe("2026-11-21T09:00");
  });

  it("tomorrow and next Monday are at 9:00 in Santiago", () => {
    const saturdayNight = new Date("2026-11-22T02:30:00Z"); // Saturday 23:30 in Santiago
    expect(toSantiagoLocal(snoozePresetTime("tomorrow", saturdayNight))).toBe("2026-11-22T09:00");
    expect(toSantiagoLocal(snoozePresetTime("nextWeek", saturdayNight))).toBe("2026-11-23T09:00");
    expect(snoozePresetTime("hour", saturdayNight).getTime() - saturdayNight.getTime()).toBe(3_600_000);
  });
});
