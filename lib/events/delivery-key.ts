// The idempotency key of a webhook delivery (unique per tenant in webhook_events). Chatwoot never
// retries account webhooks but does deliver some events twice, so ingestion must collapse them; and a
// captured delivery replayed inside the signature's 5-minute window must collapse too.
import { createHash } from "node:crypto";

const MAX_KEY = 200;

const hash = (s: string) => createHash("sha256").update(s, "utf8").digest("hex").slice(0, 32);

const stamp = (v: unknown): string | null => {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
};

const bounded = (key: string) => (key.length > MAX_KEY ? `sha256:${hash(key)}` : key);

/**
 * Built only from what the sender cannot vary without the secret. X-Chatwoot-Delivery is not part of
 * the signed material, so it is never used: a replay with a fresh or missing delivery id would
 * otherwise be a new event.
 *
 * Signed deliveries: the signed timestamp, the event, the entity id and a hash of the signed body. A
 * replay repeats all four (changing any breaks the signature), and the timestamp check refuses it
 * after the window; two different updates of one message in the same second stay apart by the body.
 *
 * Unsigned deliveries (servers older than 4.11.2, trusted by the URL token): event + entity id +
 * updated_at (or created_at), as NOTES.md prescribes. Update events without updated_at (Chatwoot's
 * message payload has none) add a hash of the body, so two different updates of one message stay two
 * events while a byte-identical resend still collapses.
 */
export function deliveryKey(
  event: string,
  payload: Record<string, unknown>,
  rawBody: string,
  signedTimestamp: string | null,
) {
  const id = stamp(payload.id) ?? "none";
  if (signedTimestamp) return bounded(`signed:${signedTimestamp}:${event}:${id}:${hash(rawBody)}`);
  const updatedAt = stamp(payload.updated_at);
  const isUpdate = event.endsWith("_updated") || event.endsWith("_changed");
  const when =
    updatedAt ?? (isUpdate ? `body-${hash(rawBody)}` : (stamp(payload.created_at) ?? `body-${hash(rawBody)}`));
  return bounded(`${event}:${id}:${when}`);
}
