import { ApiError } from "@/lib/errors";
import type { ChatwootClient } from "@/lib/integrations/chatwoot/client";
import type { SendMessageBody } from "./schemas";

export const WINDOW_CLOSED_MESSAGE =
  "La ventana de 24 horas de WhatsApp de esta conversación está cerrada: el cliente no ha escrito en el último día. Envía una plantilla aprobada o deja una nota privada.";

/** Free text goes to the customer; a template or a private note is allowed in a closed window. */
export const isFreeText = (b: SendMessageBody) => b.templateParams === undefined && b.private !== true;

/**
 * Sends a reply, note or template. Free text into a conversation whose WhatsApp window closed is
 * refused here: WhatsApp would reject it after the fact (131047) and the customer would never see it.
 */
export async function sendMessage(client: ChatwootClient, conversationId: number, body: SendMessageBody) {
  if (isFreeText(body)) {
    const conversation = await client.getConversation(conversationId);
    if (!conversation.canReply) {
      throw new ApiError("unprocessable", WINDOW_CLOSED_MESSAGE, {
        details: { reason: "whatsapp_window_closed", conversationId },
      });
    }
  }
  return client.sendMessage(conversationId, {
    content: body.content,
    private: body.private,
    echoId: body.echoId,
    templateParams: body.templateParams,
  });
}
