import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/errors";
import type { ChatwootClient } from "@/lib/integrations/chatwoot/client";
import { sendMessage } from "./send";

function fakeChatwoot(canReply: boolean) {
  const client = {
    getConversation: vi.fn(async (id: number) => ({ id, canReply })),
    sendMessage: vi.fn(async (id: number, m: { content?: string }) => ({
      id: 99,
      conversationId: id,
      content: m.content,
    })),
  };
  return { client, asClient: client as unknown as ChatwootClient };
}

describe("sendMessage", () => {
  it("refuses free text into a closed WhatsApp window and sends nothing", async () => {
    const { client, asClient } = fakeChatwoot(false);
    const err = await sendMessage(asClient, 7, { content: "Hola", echoId: "echo-0001" }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: "unprocessable", status: 422, reason: "whatsapp_window_closed" });
    expect(client.sendMessage).not.toHaveBeenCalled();
  });

  it("lets a template or a private note through a closed window without asking first", async () => {
    const { client, asClient } = fakeChatwoot(false);
    await sendMessage(asClient, 7, { echoId: "echo-0002", templateParams: { name: "recordatorio_pago" } });
    await sendMessage(asClient, 7, { content: "Llamar mañana", private: true, echoId: "echo-0003" });
    expect(client.getConversation).not.toHaveBeenCalled();
    expect(client.sendMessage).toHaveBeenCalledTimes(2);
  });

  it("sends free text when the window is open", async () => {
    const { client, asClient } = fakeChatwoot(true);
    await sendMessage(asClient, 7, { content: "Hola", echoId: "echo-0004" });
    expect(client.sendMessage).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ content: "Hola", echoId: "echo-0004" }),
    );
  });
});
