import "server-only";
import { env, isProduction } from "@/lib/env";
import { withDeadline } from "@/lib/integrations/http/deadline";
import { log } from "@/lib/log";
import { type OutboxPayload, type OutboxTemplate, renderMessage } from "./templates";

export type OutgoingMessage = {
  id: string;
  /** Null for the sign-up mails, which belong to no tenant yet. */
  tenantId: string | null;
  channel: "email" | "whatsapp";
  recipient: string;
  template: OutboxTemplate;
  payload: OutboxPayload;
};

/** Delivers one message or throws; a `permanent` error is not retried. */
export type Transport = (message: OutgoingMessage) => Promise<void>;

export class PermanentDeliveryError extends Error {}

/**
 * POSTs each message to OUTBOX_WEBHOOK_URL (a SmarterOS n8n workflow sends the email and the
 * WhatsApp). The message id doubles as an idempotency key: a retry after a lost answer can be
 * recognised by the receiver.
 */
function webhookTransport(url: string): Transport {
  return async (m) => {
    const { subject, text } = renderMessage(m.template, m.payload);
    const res = await withDeadline(10_000, async (signal) => {
      const answer = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": m.id },
        body: JSON.stringify({ ...m, subject, text }),
        signal,
        redirect: "error",
      });
      // Only the status matters: the body is not read (a large one would only be held), just let go.
      await answer.body?.cancel().catch(() => undefined);
      return answer;
    });
    if (res.status >= 400 && res.status < 500 && res.status !== 429) {
      throw new PermanentDeliveryError(`El servicio de envío respondió ${res.status}.`);
    }
    if (!res.ok) throw new Error(`El servicio de envío respondió ${res.status}.`);
  };
}

/** Development: the message (and its link) goes to the log, so it can be clicked from the terminal. */
const logTransport: Transport = async (m) => {
  const { text } = renderMessage(m.template, m.payload);
  log.info("outbox message (development: logged, not sent)", {
    channel: m.channel,
    to: m.recipient,
    template: m.template,
    link: m.payload.link,
    text,
  });
};

/** Production with nowhere to send: fail visibly instead of logging a sign-in link. */
const missingTransport: Transport = async () => {
  throw new PermanentDeliveryError("No hay un servicio de envío configurado (OUTBOX_WEBHOOK_URL).");
};

export function defaultTransport(): Transport {
  if (env.OUTBOX_WEBHOOK_URL) return webhookTransport(env.OUTBOX_WEBHOOK_URL);
  return isProduction ? missingTransport : logTransport;
}
