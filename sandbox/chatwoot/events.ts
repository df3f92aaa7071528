import { createHmac, randomUUID } from "node:crypto";
import type { SandboxState, WebhookSubscription } from "../state";
import type { ChatwootData, CwContact, CwConversation, CwMessage } from "./chatwoot-records";
import { contactJson, conversationJson, messageJson, senderJson } from "./serialize";

const MESSAGE_TYPE_NAMES = ["incoming", "outgoing", "activity", "template"] as const;
/** Chatwoot's own delivery timeout (NOTES.md "Webhooks"). */
const DELIVERY_TIMEOUT_MS = 5_000;

export type ChangedAttributes = Record<string, { previous_value: unknown; current_value: unknown }>[];

function nowS(state: SandboxState): number {
  return Math.floor(state.now() / 1000);
}

/** Webhooks carry `message_type` as a string, unlike the REST API (NOTES.md "Messages"). */
export function messageWebhook(state: SandboxState, m: CwMessage, conv: CwConversation): Record<string, unknown> {
  const data = state.world.chatwoot;
  const rest = messageJson(m, data);
  const inbox = data.inboxes.find((i) => i.id === conv.inboxId);
  return {
    ...rest,
    message_type: MESSAGE_TYPE_NAMES[m.type],
    created_at: new Date(m.createdAt * 1000).toISOString(),
    updated_at: new Date(m.updatedAt * 1000).toISOString(),
    inbox: { id: conv.inboxId, name: inbox?.name },
    conversation: conversationWebhook(state, conv),
    account: { id: data.accountId, name: data.accountName },
  };
}

export function conversationWebhook(state: SandboxState, conv: CwConversation): Record<string, unknown> {
  const data = state.world.chatwoot;
  const contact = data.contacts.find((c) => c.id === conv.contactId);
  return {
    ...conversationJson(conv, data, nowS(state)),
    contact_inbox: {
      contact_id: conv.contactId,
      inbox_id: conv.inboxId,
      source_id: contact?.sources[conv.inboxId] ?? null,
    },
    account: { id: data.accountId, name: data.accountName },
  };
}

export function contactWebhook(data: ChatwootData, c: CwContact): Record<string, unknown> {
  const { contact_inboxes: _ignored, ...rest } = contactJson(c, data);
  return { ...rest, ...senderJson(c), avatar: "", account: { id: data.accountId, name: data.accountName } };
}

export function sign(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`;
}

/** Fire and forget: Chatwoot delivers from a background job and never retries account webhooks. */
export function emit(state: SandboxState, event: string, payload: Record<string, unknown>): void {
  const hooks = state.webhooks.filter((h) => h.subscriptions.includes(event));
  if (hooks.length === 0) return;
  const raw = JSON.stringify({ event, ...payload });
  setImmediate(() => {
    for (const hook of hooks) deliver(state, hook, event, raw);
  });
}

function deliver(state: SandboxState, hook: WebhookSubscription, event: string, raw: string): void {
  const timestamp = nowS(state);
  const deliveryId = randomUUID();
  const copies = state.config.duplicateWebhooks ? 2 : 1;
  for (let i = 0; i < copies; i++) {
    const record = {
      deliveryId,
      webhookId: hook.id,
      url: hook.url,
      event,
      at: new Date(state.now()).toISOString(),
      status: null as number | null,
      error: undefined as string | undefined,
    };
    state.deliveries.push(record);
    if (state.deliveries.length > 1000) state.deliveries.splice(0, state.deliveries.length - 1000);
    fetch(hook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Chatwoot Webhook",
        "x-chatwoot-signature": sign(hook.secret, timestamp, raw),
        "x-chatwoot-timestamp": String(timestamp),
        "x-chatwoot-delivery": deliveryId,
      },
      body: raw,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
      .then(async (res) => {
        record.status = res.status;
        await res.body?.cancel();
      })
      .catch((err: unknown) => {
        record.error = err instanceof Error ? err.message : String(err);
        if (state.log) console.warn(`[sandbox] webhook ${event} → ${hook.url} failed: ${record.error}`);
      });
  }
}
