// Trust checks for Chatwoot webhooks (NOTES.md "Webhooks"): an HMAC-SHA256 over "{timestamp}.{raw body}"
// with the webhook's secret, sent as `X-Chatwoot-Signature: sha256=<hex>`, or for servers older than
// 4.11.2 that do not sign, our own per-integration token in the URL.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Five minutes either way: a captured request cannot be replayed later, and clocks may drift a little. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/**
 * Constant-time string comparison. Both sides are hashed first so neither the content nor the length
 * of the expected value leaks through timing.
 */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function signatureFor(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex")}`;
}

export function isValidSignature(secret: string, timestamp: string, rawBody: string, header: string): boolean {
  return safeEqual(signatureFor(secret, timestamp, rawBody), header.trim().toLowerCase());
}

/** Unix seconds within the window of now, in the past or the future. */
export function isFreshTimestamp(timestamp: string, nowMs: number = Date.now()): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= TIMESTAMP_WINDOW_SECONDS;
}

export type WebhookCredentials = { signingSecret?: string; urlToken: string };
export type WebhookProof = { signature: string | null; timestamp: string | null; token: string | null };
/** signedTimestamp: the timestamp the signature covers, or null when the URL token vouched instead. */
export type TrustResult =
  | { ok: true; signedTimestamp: string | null }
  | { ok: false; reason: "signature" | "timestamp" | "token" };

/**
 * Decides whether a request comes from the tenant's Chatwoot. Once a signing secret is known the
 * signature is required: falling back to the URL token then would let anyone who saw the URL skip it.
 */
export function checkWebhookTrust(
  credentials: WebhookCredentials,
  proof: WebhookProof,
  rawBody: string,
  nowMs: number = Date.now(),
): TrustResult {
  if (credentials.signingSecret) {
    if (!proof.signature || !proof.timestamp) return { ok: false, reason: "signature" };
    // The signature is checked first so an unsigned probe learns nothing about the clock.
    if (!isValidSignature(credentials.signingSecret, proof.timestamp, rawBody, proof.signature)) {
      return { ok: false, reason: "signature" };
    }
    if (!isFreshTimestamp(proof.timestamp, nowMs)) return { ok: false, reason: "timestamp" };
    return { ok: true, signedTimestamp: proof.timestamp };
  }
  if (!proof.token || !safeEqual(proof.token, credentials.urlToken)) return { ok: false, reason: "token" };
  return { ok: true, signedTimestamp: null };
}
