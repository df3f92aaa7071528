import { describe, expect, it } from "vitest";
import * as s from "./chatwoot-payloads";
import { toContact, toConversation, toInbox, toMessage, toMessageType, toReportSummary, toWebhook } from "./transform";

const message = {
  id: 9,
  content: "Hola, ¿tienen cemento?",
  conversation_id: 3,
  message_type: 0,
  private: false,
  status: "failed",
  created_at: 1_767_225_600,
  content_attributes: { external_error: "131047: Re-engagement message" },
  echo_id: "e-1",
  sender: { id: 4, name: "Pedro Soto", type: "contact" },
  unknown_future_field: { x: 1 },
};

describe("Chatwoot transforms", () => {
  it("accepts message_type as integer or webhook string", () => {
    expect([0, 1, 2, 3].map(toMessageType)).toEqual(["incoming", "outgoing", "activity", "template"]);
    expect(["incoming", "outgoing", "template", "activity", "1"].map(toMessageType)).toEqual([
      "incoming",
      "outgoing",
      "template",
      "activity",
      "outgoing",
    ]);
    expect(toMessageType(42)).toBe("activity");
  });

  it("turns a REST message into the Hub's shape with ISO dates and the WhatsApp error", () => {
    const m = toMessage(s.cwMessage.parse(message));
    expect(m).toEqual({
      id: 9,
      conversationId: 3,
      content: "Hola, ¿tienen cemento?",
      messageType: "incoming",
      private: false,
      status: "failed",
      externalError: "131047: Re-engagement message",
      createdAt: "2026-01-01T00:00:00.000Z",
      echoId: "e-1",
      sender: { id: 4, name: "Pedro Soto", type: "contact" },
      attachments: [],
    });
  });

  it("reads a webhook message (string type, ISO date)", () => {
    const m = toMessage(
      s.cwMessage.parse({ ...message, message_type: "outgoing", created_at: "2026-01-01T03:00:00.000Z" }),
    );
    expect(m.messageType).toBe("outgoing");
    expect(m.createdAt).toBe("2026-01-01T03:00:00.000Z");
  });

  it("flattens a conversation with its contact, assignee and last message", () => {
    const c = toConversation(
      s.cwConversation.parse({
        id: 3,
        status: "snoozed",
        inbox_id: 1,
        labels: ["cotizacion"],
        unread_count: 2,
        can_reply: false,
        last_activity_at: 1_767_225_600,
        waiting_since: 0,
        snoozed_until: null,
        messages: [message],
        meta: {
          sender: { id: 4, name: "Pedro Soto", phone_number: "+56911112222", custom_attributes: { rut: "12345678-5" } },
          assignee: { id: 1, name: "Camila Rojas", role: "administrator", available_name: "Camila" },
          channel: "Channel::Whatsapp",
        },
      }),
    );
    expect(c).toMatchObject({
      id: 3,
      status: "snoozed",
      canReply: false,
      channel: "Channel::Whatsapp",
      lastActivityAt: "2026-01-01T00:00:00.000Z",
      snoozedUntil: null,
      contact: { id: 4, phoneNumber: "+56911112222", rut: "12345678-5", email: null },
      assignee: { id: 1, name: "Camila", role: "administrator" },
      lastMessage: { id: 9, messageType: "incoming" },
    });
  });

  it("exposes WhatsApp templates with their body and approval", () => {
    const inbox = toInbox(
      s.cwInbox.parse({
        id: 1,
        name: "WhatsApp",
        channel_type: "Channel::Whatsapp",
        message_templates: [
          { name: "promo", status: "PENDING", language: "es", components: [{ type: "BODY", text: "Hola {{1}}" }] },
        ],
      }),
    );
    expect(inbox.isWhatsapp).toBe(true);
    expect(inbox.templates[0]).toMatchObject({ name: "promo", approved: false, body: "Hola {{1}}", id: null });
  });

  it("reads report numbers sent as strings or numbers", () => {
    const r = toReportSummary(
      s.cwSummary.parse({
        conversations_count: 5,
        avg_first_response_time: "90.50",
        avg_resolution_time: 30,
        previous: { conversations_count: "2" },
      }),
    );
    expect(r).toMatchObject({ conversationsCount: 5, avgFirstResponseTime: 90.5, avgResolutionTime: 30 });
    expect(r.previous).toMatchObject({ conversationsCount: 2, resolutionsCount: 0 });
  });

  it("unwraps webhook and contact views in both shapes", () => {
    const hook = { id: 1, url: "https://hub/x", subscriptions: ["message_created"], secret: "s3" };
    expect(s.cwWebhookList.parse({ payload: { webhooks: [hook] } })).toHaveLength(1);
    expect(s.cwWebhookList.parse([hook])).toHaveLength(1);
    expect(toWebhook(s.cwWebhookCreated.parse({ payload: { webhook: hook } })).secret).toBe("s3");
    expect(toWebhook(s.cwWebhookCreated.parse({ ...hook, secret: undefined })).secret).toBeNull();
    const contact = { id: 7, name: "Ana", email: "ana@x.cl" };
    expect(toContact(s.cwContactCreated.parse({ payload: { contact, contact_inbox: {} } })).email).toBe("ana@x.cl");
    expect(toContact(s.cwContactCreated.parse({ payload: contact })).id).toBe(7);
  });
});
