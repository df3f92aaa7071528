import { ApiError } from "@/lib/errors";
import type { ChatwootClient } from "@/lib/integrations/chatwoot/client";
import type { SendMessageBody } from "./chatwoot-requests";

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
      throw new ApiError("unprocessable", "whatsapp_window_closed", { details: { conversationId } });
    }
  }
  return client.sendMessage(conversationId, {
    content: body.content,
    private: body.private,
    echoId: body.echoId,
    templateParams: body.templateParams,
  });
}
