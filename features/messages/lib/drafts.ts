// Unsent text per conversation, in localStorage keyed by tenant and conversation: a reload, a crash
// or switching conversations never loses what someone was typing.
import type { KeyValueStorage } from "./outbox-store";

export type Draft = { text: string; private: boolean };

export const draftKey = (tenantId: string, conversationId: number) => `hub:draft:${tenantId}:${conversationId}`;

export function readDraft(storage: KeyValueStorage | null, tenantId: string, conversationId: number): Draft {
  try {
    const raw = storage?.getItem(draftKey(tenantId, conversationId));
    if (!raw) return { text: "", private: false };
    const parsed = JSON.parse(raw) as Partial<Draft>;
    return { text: typeof parsed.text === "string" ? parsed.text : "", private: parsed.private === true };
  } catch {
    return { text: "", private: false };
  }
}

export function writeDraft(storage: KeyValueStorage | null, tenantId: string, conversationId: number, draft: Draft) {
  try {
    if (!draft.text && !draft.private) storage?.removeItem(draftKey(tenantId, conversationId));
    else storage?.setItem(draftKey(tenantId, conversationId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: nothing else to do, the text is still in the box.
  }
}

export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
