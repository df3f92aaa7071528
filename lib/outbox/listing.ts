import { outbox } from "@/lib/db/schema";

/** What the back office sees of an outbox message (both listings: a tenant's, and sign-up mails). */
export const outboxListingColumns = {
  id: outbox.id,
  channel: outbox.channel,
  recipient: outbox.recipient,
  template: outbox.template,
  payload: outbox.payload,
  status: outbox.status,
  attempts: outbox.attempts,
  lastError: outbox.lastError,
  createdAt: outbox.createdAt,
  sentAt: outbox.sentAt,
};
