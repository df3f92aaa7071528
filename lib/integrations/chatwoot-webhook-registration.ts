import { createChatwootClient } from "./chatwoot/client";
import type { Connection } from "./store/connection-schemas";
import { isUpstreamError } from "./upstream-error";

// What the Hub listens to: new and changed messages, conversation status/assignee/labels, contacts.
const subscriptions = [
  "conversation_created",
  "conversation_status_changed",
  "conversation_updated",
  "message_created",
  "message_updated",
  "contact_created",
  "contact_updated",
];

/**
 * Registers the Hub's webhook in the tenant's Chatwoot and returns Chatwoot's signing secret (≥ 4.11).
 * Null when the token may not manage webhooks (not an administrator): the admin then pastes the URL.
 */
export async function registerChatwootWebhook(
  connection: Connection["chatwoot"],
  { tenantId, url }: { tenantId: string; url: string },
): Promise<{ chatwootWebhookId: number; signingSecret?: string } | null> {
  const client = createChatwootClient(connection, { tenantId });
  try {
    const existing = (await client.listWebhooks()).find((w) => w.url === url);
    const webhook = existing ?? (await client.createWebhook({ url, subscriptions, name: "SmarterOS Hub" }));
    return { chatwootWebhookId: webhook.id, signingSecret: webhook.secret ?? undefined };
  } catch (error) {
    if (isUpstreamError(error) && (error.code === "upstream_unauthorized" || error.code === "upstream_forbidden"))
      return null;
    throw error;
  }
}

export async function unregisterChatwootWebhook(
  connection: Connection["chatwoot"],
  { tenantId, webhookId }: { tenantId: string; webhookId: number },
) {
  await createChatwootClient(connection, { tenantId }).deleteWebhook(webhookId);
}
