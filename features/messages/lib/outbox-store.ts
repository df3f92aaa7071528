// The sends not yet confirmed by Chatwoot, per tenant, kept in localStorage so a reply that failed
// (or was in flight when the tab closed) is still there, marked failed, after a reload. React reads
// it through useSyncExternalStore; the key includes the tenant so workspaces never mix.
import type { OutboxEntry } from "./send-machine";

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const EMPTY: OutboxEntry[] = [];
// Entries older than this are dropped on load: a week-old failed reply is no longer a reply.
const MAX_AGE_MS = 7 * 86_400_000;

export function outboxStorageKey(tenantId: string) {
  return `hub:outbox:${tenantId}`;
}

export function createOutboxStore(tenantId: string, storage: KeyValueStorage | null, now = () => Date.now()) {
  const key = outboxStorageKey(tenantId);
  let entries: OutboxEntry[] = load();
  const listeners = new Set<() => void>();
  const byConversation = new Map<number, OutboxEntry[]>();

  function load(): OutboxEntry[] {
    try {
      const raw = storage?.getItem(key);
      const parsed = raw ? (JSON.parse(raw) as OutboxEntry[]) : [];
      if (!Array.isArray(parsed)) return [];
      return (
        parsed
          .filter((e) => e && typeof e.echoId === "string" && now() - Date.parse(e.createdAt) < MAX_AGE_MS)
          // A send in flight when the page went away has an unknown outcome.
          .map((e) => (e.state === "sending" ? { ...e, state: "failed" as const, outcomeUnknown: true } : e))
      );
    } catch {
      return [];
    }
  }

  function commit(next: OutboxEntry[]) {
    entries = next;
    byConversation.clear();
    try {
      if (entries.length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(entries));
    } catch {
      // Storage full or disabled: the entries still live in memory for this tab.
    }
    for (const listener of listeners) listener();
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A stable array per conversation between changes, as useSyncExternalStore needs. */
    forConversation(conversationId: number): OutboxEntry[] {
      let list = byConversation.get(conversationId);
      if (!list) {
        list = entries.filter((e) => e.conversationId === conversationId);
        if (list.length === 0) list = EMPTY;
        byConversation.set(conversationId, list);
      }
      return list;
    },
    get(echoId: string) {
      return entries.find((e) => e.echoId === echoId);
    },
    add(entry: OutboxEntry) {
      commit([...entries.filter((e) => e.echoId !== entry.echoId), entry]);
    },
    update(echoId: string, change: (e: OutboxEntry) => OutboxEntry) {
      if (!entries.some((e) => e.echoId === echoId)) return;
      commit(entries.map((e) => (e.echoId === echoId ? change(e) : e)));
    },
    remove(echoIds: string[]) {
      if (echoIds.length === 0) return;
      const drop = new Set(echoIds);
      if (!entries.some((e) => drop.has(e.echoId))) return;
      commit(entries.filter((e) => !drop.has(e.echoId)));
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
