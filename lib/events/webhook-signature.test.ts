import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkWebhookTrust, isFreshTimestamp, isValidSignature, safeEqual } from "./webhook-signature";

// An HMAC computed here, independently of the module, as Chatwoot computes it.
const chatwootSign = (secret: string, ts: number | string, body: string) =>
  `sha256=${createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex")}`;

const secret = "whsec-9f2c1d";
const body = JSON.stringify({ event: "message_created", id: 1, content: "Hola, ¿tienen stock?" });
const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const ts = String(now / 1000);

describe("signature verification", () => {
  it("accepts Chatwoot's signature over timestamp.body", () => {
    expect(isValidSignature(secret, ts, body, chatwootSign(secret, ts, body))).toBe(true);
  });

  it("refuses another secret, another body, another timestamp, or a bare hex without the prefix", () => {
    expect(isValidSignature(secret, ts, body, chatwootSign("other", ts, body))).toBe(false);
    expect(isValidSignature(secret, ts, `${body} `, chatwootSign(secret, ts, body))).toBe(false);
    expect(isValidSignature(secret, String(Number(ts) + 1), body, chatwootSign(secret, ts, body))).toBe(false);
    expect(isValidSignature(secret, ts, body, chatwootSign(secret, ts, body).slice("sha256=".length))).toBe(false);
    expect(isValidSignature(secret, ts, body, "")).toBe(false);
  });

  it("compares strings of any length without throwing", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(safeEqual("", "x")).toBe(false);
  });
});

describe("timestamp window", () => {
  it("accepts up to five minutes in the past or the future", () => {
    expect(isFreshTimestamp(String(now / 1000 - 300), now)).toBe(true);
    expect(isFreshTimestamp(String(now / 1000 + 300), now)).toBe(true);
  });
  it("refuses older or later ones and anything that is not unix seconds", () => {
    expect(isFreshTimestamp(String(now / 1000 - 301), now)).toBe(false);
    expect(isFreshTimestamp(String(now / 1000 + 301), now)).toBe(false);
    expect(isFreshTimestamp(String(now), now)).toBe(false); // milliseconds
    expect(isFreshTimestamp("2026-11-21T12:00:00Z", now)).toBe(false);
    expect(isFreshTimestamp("", now)).toBe(false);
  });
});

describe("trust rules", () => {
  const signed = { signingSecret: secret, urlToken: "url-token" };
  const unsigned = { urlToken: "url-token" };

  it("with a signing secret, requires a valid signature with a fresh timestamp", () => {
    const good = { signature: chatwootSign(secret, ts, body), timestamp: ts, token: null };
    expect(checkWebhookTrust(signed, good, body, now)).toEqual({ ok: true, signedTimestamp: ts });
    expect(checkWebhookTrust(signed, { ...good, signature: chatwootSign("x", ts, body) }, body, now)).toEqual({
      ok: false,
      reason: "signature",
    });
    const old = String(now / 1000 - 600);
    expect(
      checkWebhookTrust(signed, { signature: chatwootSign(secret, old, body), timestamp: old, token: null }, body, now),
    ).toEqual({
      ok: false,
      reason: "timestamp",
    });
  });

  it("with a signing secret, the URL token alone is not enough", () => {
    expect(checkWebhookTrust(signed, { signature: null, timestamp: null, token: "url-token" }, body, now).ok).toBe(
      false,
    );
  });

  it("without a signing secret, requires the URL token", () => {
    expect(checkWebhookTrust(unsigned, { signature: null, timestamp: null, token: "url-token" }, body, now).ok).toBe(
      true,
    );
    expect(checkWebhookTrust(unsigned, { signature: null, timestamp: null, token: "url-tokeN" }, body, now)).toEqual({
      ok: false,
      reason: "token",
    });
    expect(checkWebhookTrust(unsigned, { signature: null, timestamp: null, token: null }, body, now).ok).toBe(false);
  });
});
