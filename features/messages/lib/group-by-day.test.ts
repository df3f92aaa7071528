import { describe, expect, it } from "vitest";
import { message } from "../test/fixtures";
import { buildThreadRows } from "./group-by-day";
import { createEntry } from "./send-machine";

describe("grouping a thread by day", () => {
  it("puts one separator per Santiago calendar day, not per UTC day", () => {
    // 02:30 UTC on the 21st is still the 20th in Santiago (UTC-3).
    const rows = buildThreadRows(
      [
        message(1, { createdAt: "2026-11-20T15:00:00Z" }),
        message(2, { createdAt: "2026-11-21T02:30:00Z" }),
        message(3, { createdAt: "2026-11-21T12:00:00Z" }),
      ],
      [],
    );
    expect(rows.map((r) => (r.kind === "day" ? r.day : r.kind))).toEqual([
      "2026-11-20",
      "message",
      "message",
      "2026-11-21",
      "message",
    ]);
  });

  it("shows pending sends after the last message, under today's separator when needed", () => {
    const entry = createEntry({ conversationId: 1, content: "hola", now: new Date("2026-11-22T15:00:00Z") });
    const rows = buildThreadRows([message(1, { createdAt: "2026-11-21T12:00:00Z" })], [entry]);
    expect(rows.map((r) => r.key)).toEqual(["day:2026-11-21", "m:1", "day:2026-11-22", `o:${entry.echoId}`]);
  });
});
