import { describe, expect, it } from "vitest";
import type { ConversationEvent, MessageEvent } from "@/lib/events/live-event";
import { createTranslator } from "@/lib/i18n/create-translator";
import { esCL } from "@/lib/i18n/messages/es-CL";
import { activityText, liveEventText } from "./activity-text";

const t = createTranslator(esCL);
const base = { id: 7, chatwootEvent: "x", receivedAt: "2026-03-01T12:00:00Z" };

describe("the Resumen activity feed", () => {
  it("says who did what, naming services by their product name", () => {
    const at = "2026-03-01T12:00:00Z";
    expect(activityText({ id: 1, action: "integration.connected", target: "odoo", actor: "ana@x.cl", at }, t)).toBe(
      "ana@x.cl conectó Odoo",
    );
    expect(activityText({ id: 2, action: "member.invited", target: "b@x.cl", actor: null, at }, t)).toBe(
      "Alguien invitó a b@x.cl",
    );
    expect(activityText({ id: 3, action: "workflow.ran", target: null, actor: "c@x.cl", at }, t)).toBe(
      "c@x.cl: workflow.ran",
    );
  });

  it("shows incoming messages and status changes from live events, and skips the noise", () => {
    const message: MessageEvent = {
      ...base,
      kind: "message.created",
      conversationId: 12,
      messageId: 1,
      messageType: "incoming",
      private: false,
      status: "sent",
      contentPreview: "Hola",
      senderName: "Camila",
    };
    expect(liveEventText(message, t)).toBe("Mensaje nuevo de Camila en la conversación #12");
    expect(liveEventText({ ...message, messageType: "outgoing" }, t)).toBeNull();
    const status: ConversationEvent = {
      ...base,
      kind: "conversation.updated",
      conversationId: 12,
      status: "resolved",
      assigneeId: null,
      labels: [],
      changed: ["status"],
    };
    expect(liveEventText(status, t)).toBe("Conversación #12: resuelta");
    expect(liveEventText({ ...status, changed: ["label_list"] }, t)).toBeNull();
  });
});
