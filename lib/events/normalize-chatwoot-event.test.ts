import { describe, expect, it } from "vitest";
import { liveKindFor, normalizeChatwootEvent, parseMessageType } from "./normalize-chatwoot-event";

const receivedAt = new Date("2026-11-21T12:00:00Z");

describe("normalizing Chatwoot events", () => {
  it("maps Chatwoot's event names to the Hub's kinds and leaves typing out", () => {
    expect(liveKindFor("message_created")).toBe("message.created");
    expect(liveKindFor("conversation_status_changed")).toBe("conversation.updated");
    expect(liveKindFor("contact_updated")).toBe("contact.updated");
    expect(liveKindFor("conversation_typing_on")).toBeNull();
    expect(liveKindFor("toString")).toBeNull();
  });

  it("reads message_type as a webhook string or a REST integer", () => {
    expect(parseMessageType("incoming")).toBe("incoming");
    expect(parseMessageType(0)).toBe("incoming");
    expect(parseMessageType(1)).toBe("outgoing");
    expect(parseMessageType("3")).toBe("template");
    expect(parseMessageType(9)).toBeNull();
    expect(parseMessageType("spam")).toBeNull();
  });

  it("turns a message webhook into a small message event", () => {
    const event = normalizeChatwootEvent({
      id: 41,
      event: "message_created",
      receivedAt,
      payload: {
        event: "message_created",
        id: 9001,
        content: "¿Tienen cemento Polpaico en stock?",
        message_type: "incoming",
        private: false,
        status: "sent",
        sender: { id: 3, name: "Constructora Los Andes SpA", phone_number: "+56912345678" },
        conversation: { id: 17, status: "open", messages: [{ id: 9001, message_type: 0 }] },
      },
    });
    expect(event).toEqual({
      id: 41,
      kind: "message.created",
      chatwootEvent: "message_created",
      receivedAt: "2026-11-21T12:00:00.000Z",
      conversationId: 17,
      messageId: 9001,
      messageType: "incoming",
      private: false,
      status: "sent",
      contentPreview: "¿Tienen cemento Polpaico en stock?",
      senderName: "Constructora Los Andes SpA",
    });
  });

  it("accepts an integer message_type and conversation_id, and shortens long content", () => {
    const event = normalizeChatwootEvent({
      id: 1,
      event: "message_updated",
      receivedAt,
      payload: { id: 5, message_type: 1, conversation_id: 8, content: "a".repeat(1000), private: true, status: "read" },
    });
    expect(event).toMatchObject({
      kind: "message.updated",
      conversationId: 8,
      messageType: "outgoing",
      private: true,
      status: "read",
    });
    expect(event?.kind === "message.updated" && event.contentPreview?.length).toBe(280);
  });

  it("reads status, assignee, labels and what changed from conversation events", () => {
    const event = normalizeChatwootEvent({
      id: 2,
      event: "conversation_updated",
      receivedAt,
      payload: {
        id: 17,
        status: "pending",
        labels: ["cotizacion", "urgente"],
        meta: { assignee: { id: 4, name: "Diego Fuentes" } },
        changed_attributes: [{ assignee_id: { previous_value: null, current_value: 4 } }, { label_list: {} }],
      },
    });
    expect(event).toMatchObject({
      kind: "conversation.updated",
      conversationId: 17,
      status: "pending",
      assigneeId: 4,
      labels: ["cotizacion", "urgente"],
      changed: ["assignee_id", "label_list"],
    });
    const statusChange = normalizeChatwootEvent({
      id: 3,
      event: "conversation_status_changed",
      receivedAt,
      payload: { id: 17, status: "resolved" },
    });
    expect(statusChange).toMatchObject({
      kind: "conversation.updated",
      status: "resolved",
      assigneeId: null,
      changed: ["status"],
    });
  });

  it("reads contacts and skips events the Hub does not stream", () => {
    expect(
      normalizeChatwootEvent({ id: 4, event: "contact_created", receivedAt, payload: { id: 300, name: "Ana Pérez" } }),
    ).toMatchObject({ kind: "contact.created", contactId: 300, name: "Ana Pérez" });
    expect(normalizeChatwootEvent({ id: 5, event: "conversation_typing_on", receivedAt, payload: {} })).toBeNull();
  });
});
