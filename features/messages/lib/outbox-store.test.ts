import { describe, expect, it, vi } from "vitest";
import { createOutboxStore, type KeyValueStorage, outboxStorageKey } from "./outbox-store";
import { createEntry, failEntry } from "./send-machine";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("the outbox store", () => {
  it("keeps failed replies across a reload, per tenant", () => {
    const storage = memoryStorage();
    const a = createOutboxStore("tenant-a", storage);
    const e = createEntry({ conversationId: 3, content: "Hola" });
    a.add(e);
    a.update(e.echoId, (x) => failEntry(x, { status: 500 }));
    const reloaded = createOutboxStore("tenant-a", storage);
    expect(reloaded.forConversation(3)).toEqual([expect.objectContaining({ echoId: e.echoId, state: "failed" })]);
    expect(createOutboxStore("tenant-b", storage).forConversation(3)).toEqual([]);
  });

  it("turns a send that was in flight when the page closed into a failure of unknown outcome", () => {
    const storage = memoryStorage();
    createOutboxStore("t", storage).add(createEntry({ conversationId: 3, content: "Hola" }));
    const [entry] = createOutboxStore("t", storage).forConversation(3);
    expect(entry).toMatchObject({ state: "failed", outcomeUnknown: true });
  });

  it("gives a stable array per conversation until something changes, and notifies on change", () => {
    const store = createOutboxStore("t", memoryStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    const first = store.forConversation(3);
    expect(store.forConversation(3)).toBe(first);
    const e = createEntry({ conversationId: 3, content: "Hola" });
    store.add(e);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.forConversation(3)).not.toBe(first);
    store.remove([e.echoId]);
    expect(store.forConversation(3)).toEqual([]);
  });

  it("clears its key when empty and survives unreadable storage", () => {
    const storage = memoryStorage();
    const store = createOutboxStore("t", storage);
    const e = createEntry({ conversationId: 1, content: "x" });
    store.add(e);
    expect(storage.data.has(outboxStorageKey("t"))).toBe(true);
    store.remove([e.echoId]);
    expect(storage.data.has(outboxStorageKey("t"))).toBe(false);
    storage.data.set(outboxStorageKey("t"), "{not json");
    expect(createOutboxStore("t", storage).forConversation(1)).toEqual([]);
  });
});
