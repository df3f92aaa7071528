import { describe, expect, it } from "vitest";
import { deliveryKey } from "./delivery-key";

describe("delivery key", () => {
  it("is X-Chatwoot-Delivery when present", () => {
    const id = "3f1c2d6e-8a0b-4c1d-9e2f-0a1b2c3d4e5f";
    expect(deliveryKey("message_created", { id: 9 }, "{}", id)).toBe(id);
  });

  it("is event:id:updated_at without a delivery id", () => {
    const payload = { id: 77, created_at: "2026-11-21T10:00:00Z", updated_at: "2026-11-21T10:05:00Z" };
    expect(deliveryKey("conversation_updated", payload, "{}", null)).toBe(
      "conversation_updated:77:2026-11-21T10:05:00Z",
    );
    expect(deliveryKey("conversation_updated", payload, "{}", "  ")).toBe(
      "conversation_updated:77:2026-11-21T10:05:00Z",
    );
  });

  it("falls back to created_at for a created event (Chatwoot's message payload has no updated_at)", () => {
    const raw = '{"event":"message_created","id":5}';
    expect(deliveryKey("message_created", { id: 5, created_at: "2026-11-21T10:00:00Z" }, raw, null)).toBe(
      "message_created:5:2026-11-21T10:00:00Z",
    );
  });

  it("collapses a byte-identical update without updated_at but keeps two different updates apart", () => {
    const a = '{"event":"message_updated","id":5,"status":"delivered"}';
    const b = '{"event":"message_updated","id":5,"status":"read"}';
    const payload = { id: 5, created_at: "2026-11-21T10:00:00Z" };
    expect(deliveryKey("message_updated", payload, a, null)).toBe(deliveryKey("message_updated", payload, a, null));
    expect(deliveryKey("message_updated", payload, a, null)).not.toBe(deliveryKey("message_updated", payload, b, null));
  });

  it("stays short for absurd headers", () => {
    expect(deliveryKey("message_created", {}, "{}", "x".repeat(5000)).length).toBeLessThanOrEqual(200);
  });
});
