import { describe, expect, it } from "vitest";
import { message } from "../test/fixtures";
import { canRetry, createEntry, failEntry, findEcho, retryEntry, unmatchedEntries } from "./send-machine";

const now = new Date("2026-11-21T15:00:00Z");

describe("the send state machine", () => {
  it("starts sending with an echo id Chatwoot accepts", () => {
    const e = createEntry({ conversationId: 4, content: "Hola", now });
    expect(e.state).toBe("sending");
    expect(e.echoId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(canRetry(e)).toBe(false);
  });

  it("a refusal (4xx) is a known outcome; a 5xx, timeout or lost connection is not", () => {
    const e = createEntry({ conversationId: 4, content: "Hola", now });
    expect(failEntry(e, { status: 422, message: "Ventana cerrada" })).toMatchObject({
      state: "failed",
      outcomeUnknown: false,
      error: "Ventana cerrada",
    });
    expect(failEntry(e, { status: 502 }).outcomeUnknown).toBe(true);
    expect(failEntry(e, { status: 0 }).outcomeUnknown).toBe(true);
    expect(failEntry(e, { status: 408 }).outcomeUnknown).toBe(true);
  });

  it("keeps the doubt about an earlier attempt when a later one is refused", () => {
    const e = failEntry(createEntry({ conversationId: 4, content: "Hola", now }), { status: 504 });
    expect(failEntry(retryEntry(e), { status: 429 }).outcomeUnknown).toBe(true);
  });

  it("only a failed entry can be retried, so a double click sends once", () => {
    const failed = failEntry(createEntry({ conversationId: 4, content: "Hola", now }), { status: 500 });
    expect(canRetry(failed)).toBe(true);
    const again = retryEntry(failed);
    expect(again).toMatchObject({ state: "sending", attempts: 2, echoId: failed.echoId });
    expect(canRetry(again)).toBe(false);
  });
});

describe("echo matching", () => {
  const entry = createEntry({ conversationId: 4, content: "Le despacho mañana", now, echoId: "abc12345" });

  it("finds the server's copy by echo id", () => {
    const m = message(9, { messageType: "outgoing", echoId: "abc12345", content: "otra cosa" });
    expect(findEcho(entry, [message(8), m])).toBe(m);
  });

  it("falls back to same text, kind and time for servers that drop echo_id", () => {
    const same = message(9, {
      messageType: "outgoing",
      content: "Le despacho mañana ",
      createdAt: "2026-11-21T15:00:02Z",
    });
    expect(findEcho(entry, [same])).toBe(same);
    const old = { ...same, createdAt: "2026-11-21T14:50:00Z" };
    const incoming = { ...same, messageType: "incoming" as const };
    const note = { ...same, private: true };
    const otherEcho = { ...same, echoId: "zzz99999" };
    expect(findEcho(entry, [old, incoming, note, otherEcho])).toBeUndefined();
  });

  it("hides entries the loaded messages already answer", () => {
    const other = createEntry({ conversationId: 4, content: "Otra", now });
    const echoed = message(9, { messageType: "outgoing", echoId: entry.echoId });
    expect(unmatchedEntries([entry, other], [echoed])).toEqual([other]);
  });
});
