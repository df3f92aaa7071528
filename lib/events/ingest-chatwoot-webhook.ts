import "server-only";
import { applyContactEvent, isContactEvent } from "@/lib/contacts/contact-webhook";
import type { Db, Tx } from "@/lib/db/open";
import { servicePathDb } from "@/lib/db/privileged";
import { webhookEvents } from "@/lib/db/schema";
import { ApiError, notFound } from "@/lib/errors";
import { findChatwootWebhookTarget } from "@/lib/integrations/store/webhook-target";
import { stripUnstorableJson } from "@/lib/json/strip-unstorable-text";
import { log } from "@/lib/log";
import { deliveryKey } from "./delivery-key";
import { liveKindFor } from "./normalize-chatwoot-event";
import { checkWebhookTrust, type WebhookProof } from "./webhook-signature";

/** Chatwoot's payloads are a few KB; anything this large is not one of them. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export type IngestInput = {
  integrationId: string;
  rawBody: string;
  proof: WebhookProof;
};
export type IngestResult = { stored: boolean; duplicate: boolean; eventId: number | null };

const invalidSignature = () => new ApiError("unauthorized", "webhook_bad_signature");

/**
 * A Chatwoot webhook, verified and stored once. The insert fires the NOTIFY trigger
 * (migration 20261121000500), so live streams hear about it when this returns; nothing slower
 * happens before the caller answers, because Chatwoot gives up after 5 s and never retries.
 */
export async function ingestChatwootWebhook(input: IngestInput): Promise<IngestResult> {
  const target = await findChatwootWebhookTarget(input.integrationId);
  if (!target) throw notFound("integration");

  const trust = checkWebhookTrust(target, input.proof, input.rawBody);
  if (!trust.ok) {
    log.warn("webhook refused", {
      tenantId: target.tenantId,
      integrationId: target.integrationId,
      reason: trust.reason,
    });
    if (trust.reason === "timestamp") throw new ApiError("unauthorized", "webhook_stale");
    if (trust.reason === "token") throw new ApiError("unauthorized", "webhook_bad_token");
    throw invalidSignature();
  }

  const payload = parsePayload(input.rawBody);
  const event = payload.event as string;
  // Typing indicators and inbox changes are not live events the Hub shows; accepting them keeps
  // Chatwoot's delivery log green without filling webhook_events.
  // The Hub's own event names (lib/events/hub-events.ts) are never taken from a webhook.
  const live = Boolean(liveKindFor(event)) && !event.startsWith("hub_");
  const db = await servicePathDb();
  const store = (into: Db | Tx) => storeEvent(into, target, event, payload, input.rawBody, trust.signedTimestamp);
  if (!isContactEvent(payload)) return live ? store(db) : notStored;

  // A contact event: the merge and the stored event in one transaction on one connection, the
  // event first (with the privileged role the merge's claims then drop for its savepoint).
  return db.transaction(async (tx) => {
    const result = live ? await store(tx) : notStored;
    try {
      await applyContactEvent(tx, target.tenantId, payload);
    } catch (error) {
      // The periodic refresh catches the contact up; the event itself must still be stored.
      log.warn("contact event not merged", { tenantId: target.tenantId, error: String(error) });
    }
    return result;
  });
}

const notStored: IngestResult = { stored: false, duplicate: false, eventId: null };

async function storeEvent(
  db: Db | Tx,
  target: { tenantId: string; integrationId: string },
  event: string,
  payload: Record<string, unknown>,
  rawBody: string,
  signedTimestamp: Parameters<typeof deliveryKey>[3],
): Promise<IngestResult> {
  const [row] = await db
    .insert(webhookEvents)
    .values({
      tenantId: target.tenantId,
      integrationId: target.integrationId,
      deliveryKey: deliveryKey(event, payload, rawBody, signedTimestamp),
      event,
      payload,
    })
    .onConflictDoNothing({ target: [webhookEvents.tenantId, webhookEvents.deliveryKey] })
    .returning({ id: webhookEvents.id });
  return row ? { stored: true, duplicate: false, eventId: row.id } : { stored: false, duplicate: true, eventId: null };
}

function parsePayload(rawBody: string): Record<string, unknown> & { event: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw new ApiError("bad_request", "webhook_invalid_json");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ApiError("bad_request", "webhook_not_object");
  }
  // After the signature check (which covers the raw bytes): a NUL in a customer's message would
  // otherwise fail the insert, and Chatwoot never sends the event again.
  stripUnstorableJson(parsed);
  const event = (parsed as Record<string, unknown>).event;
  if (typeof event !== "string" || event === "" || event.length > 100) {
    throw new ApiError("bad_request", "webhook_no_event");
  }
  return parsed as Record<string, unknown> & { event: string };
}
