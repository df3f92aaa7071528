// The idempotency key of a webhook delivery (unique per tenant in webhook_events). Chatwoot never
// retries account webhooks but does deliver some events twice, so ingestion must collapse them.
import { createHash } from "node:crypto";

const MAX_KEY = 200;

const hash = (s: string) => createHash("sha256").update(s, "utf8").digest("hex").slice(0, 32);

const stamp = (v: unknown): string | null => {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
};

/**
 * X-Chatwoot-Delivery when the server sends one (≥ 4.11.2); otherwise event + entity id + updated_at
 * (or created_at), as NOTES.md prescribes. Update events without updated_at (Chatwoot's message payload
 * has none) add a hash of the body, so two different updates of one message stay two events while a
 * byte-identical resend still collapses.
 */
export function deliveryKey(
  event: string,
  payload: Record<string, unknown>,
  rawBody: string,
  deliveryHeader: string | null,
) {
  const header = deliveryHeader?.trim();
  if (header) return header.length > MAX_KEY ? `sha256:${hash(header)}` : header;
  const id = stamp(payload.id) ?? "none";
  const updatedAt = stamp(payload.updated_at);
  const isUpdate = event.endsWith("_updated") || event.endsWith("_changed");
  const when =
    updatedAt ?? (isUpdate ? `body-${hash(rawBody)}` : (stamp(payload.created_at) ?? `body-${hash(rawBody)}`));
  const key = `${event}:${id}:${when}`;
  return key.length > MAX_KEY ? `sha256:${hash(key)}` : key;
}
