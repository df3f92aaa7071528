import { describe, expect, it } from "vitest";
import { draftKey, readDraft, writeDraft } from "./drafts";
import type { KeyValueStorage } from "./outbox-store";

const storage = (): KeyValueStorage => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

describe("drafts", () => {
  it("are kept per tenant and conversation", () => {
    const s = storage();
    writeDraft(s, "t1", 5, { text: "Hola, le cuento", private: false });
    writeDraft(s, "t1", 6, { text: "Nota", private: true });
    expect(readDraft(s, "t1", 5)).toEqual({ text: "Hola, le cuento", private: false });
    expect(readDraft(s, "t1", 6)).toEqual({ text: "Nota", private: true });
    expect(readDraft(s, "t2", 5)).toEqual({ text: "", private: false });
    expect(draftKey("t1", 5)).not.toBe(draftKey("t2", 5));
  });

  it("an empty reply draft removes the key; garbage reads as empty", () => {
    const s = storage();
    writeDraft(s, "t", 1, { text: "x", private: false });
    writeDraft(s, "t", 1, { text: "", private: false });
    expect(s.getItem(draftKey("t", 1))).toBeNull();
    s.setItem(draftKey("t", 1), "[1,2");
    expect(readDraft(s, "t", 1)).toEqual({ text: "", private: false });
  });
});
