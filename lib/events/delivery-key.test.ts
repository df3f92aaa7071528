import { describe, expect, it } from "vitest";
import { deliveryKey } from "./delivery-key";

describe("delivery key", () => {
  const raw = '{"event":"message_created","id":9}';
  const payload = { id: 9, created_at: "2026-11-21T10:00:00Z" };

  it("of a signed delivery is the signed timestamp, the event, the id and the body: a replay repeats it", () => {
    const key = deliveryKey("message_created", payload, raw, "1795000000");
    expect(key).toMatch(/^signed:1795000000:message_created:9:[0-9a-f]{32}$/);
    expect(deliveryKey("message_created", payload, raw, "1795000000")).toBe(key);
    // Another signed timestamp is another delivery; so is another signed body.
    expect(deliveryKey("message_created", payload, raw, "1795000001")).not.toBe(key);
    expect(deliveryKey("message_created", payload, `${raw} `, "1795000000")).not.toBe(key);
  });

  it("is event:id:updated_at for an unsigned delivery", () => {
    const updated = { id: 77, created_at: "2026-11-21T10:00:00Z", updated_at: "2026-11-21T10:05:00Z" };
    expect(deliveryKey("conversation_updated", updated, "{}", null)).toBe(
      "conversation_updated:77:2026-11-21T10:05:00Z",
    );
  });

  it("falls back to created_at for a created event (Chatwoot's message payload has no updated_at)", () => {
    expect(deliveryKey("message_created", payload, raw, null)).toBe("message_created:9:2026-11-21T10:00:00Z");
  });

  it("collapses a byte-identical update without updated_at but keeps two different updates apart", () => {
    const a = '{"event":"message_updated","id":5,"status":"delivered"}';
    const b = '{"event":"message_updated","id":5,"status":"read"}';
    const p = { id: 5, created_at: "2026-11-21T10:00:00Z" };
    expect(deliveryKey("message_updated", p, a, null)).toBe(deliveryKey("message_updated", p, a, null));
    expect(deliveryKey("message_updated", p, a, null)).not.toBe(deliveryKey("message_updated", p, b, null));
  });

  it("stays short for absurd ids", () => {
    expect(deliveryKey("message_created", { id: "x".repeat(5000) }, "{}", "1795000000").length).toBeLessThanOrEqual(
      200,
    );
    expect(deliveryKey("message_created", { id: "x".repeat(5000) }, "{}", null).length).toBeLessThanOrEqual(200);
  });
});
