import { describe, expect, it } from "vitest";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";
import { buildTimeline } from "./timeline";

describe("buildTimeline", () => {
  it("puts the Hub's activity, conversations, orders and invoices in one list, newest first", () => {
    const entries = buildTimeline({
      activity: [{ id: 1, action: "contact.created", actorName: null, details: {}, createdAt: "2026-01-05T10:00:00Z" }],
      conversations: [{ id: 7, createdAt: "2026-03-01T10:00:00Z", lastActivityAt: null } as Conversation],
      orders: [{ id: 3, name: "S00003", dateOrder: "2026-02-01T15:00:00Z", amountTotal: 1000, state: "sale" }],
      invoices: [
        {
          id: 4,
          name: "F-4",
          moveType: "out_invoice",
          paymentState: "paid",
          amountTotal: 1000,
          amountResidual: 0,
          dueDate: null,
          invoiceDate: "2026-02-10",
        },
        // Without a date there is nothing to place on the timeline.
        {
          id: 5,
          name: "F-5",
          moveType: "out_invoice",
          paymentState: "paid",
          amountTotal: 1,
          amountResidual: 0,
          dueDate: null,
        },
      ],
    });
    expect(entries.map((e) => e.key)).toEqual(["c7", "i4", "o3", "a1"]);
  });
});
