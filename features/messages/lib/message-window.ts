// One thread's loaded messages, oldest first. Chatwoot answers the latest 20 (no parameter), the 20
// before a message id (`before=`) or up to 100 after one (`after=`). A refresh fetches the latest
// page and merges it by id, so status changes (entregado, leído) and new messages arrive without
// reloading the history the staff member scrolled through.
import type { Message } from "@/lib/integrations/chatwoot/chatwoot-models";

export const MESSAGE_PAGE = 20;
export const AFTER_PAGE = 100;

export type MessageWindow = {
  messages: Message[];
  /** Whether older history may exist above the first loaded message. */
  hasOlder: boolean;
};

const byId = (a: Message, b: Message) => a.id - b.id;

export function mergeMessages(current: Message[], incoming: Message[]): Message[] {
  if (incoming.length === 0) return current;
  const map = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) map.set(m.id, m);
  return [...map.values()].sort(byId);
}

export const newestId = (w: MessageWindow | undefined) => w?.messages.at(-1)?.id ?? null;
export const oldestId = (w: MessageWindow | undefined) => w?.messages[0]?.id ?? null;

/**
 * Whether the latest page leaves a hole after what is loaded: it is full and starts after our
 * newest message, so messages in between were never fetched.
 */
export function hasGap(previous: MessageWindow | undefined, latest: Message[]): boolean {
  const newest = newestId(previous);
  if (newest === null || latest.length < MESSAGE_PAGE) return false;
  return Math.min(...latest.map((m) => m.id)) > newest;
}

/** The refresh: latest page (plus, when there was a hole, what `after=` filled in). */
export function mergeLatest(previous: MessageWindow | undefined, latest: Message[], filled: Message[] = []) {
  if (!previous) return { messages: [...latest].sort(byId), hasOlder: latest.length >= MESSAGE_PAGE };
  // A hole `after=` could not close (over 100 new messages): start over from the latest page.
  if (hasGap(previous, latest) && !closesGap(filled, latest)) {
    return { messages: [...latest].sort(byId), hasOlder: true };
  }
  return { messages: mergeMessages(mergeMessages(previous.messages, filled), latest), hasOlder: previous.hasOlder };
}

function closesGap(filled: Message[], latest: Message[]) {
  if (filled.length === 0) return false;
  // Ids are per account, not per conversation: only overlap (or a short, final answer) proves it closed.
  const latestOldest = Math.min(...latest.map((m) => m.id));
  return filled.length < AFTER_PAGE || filled.some((m) => m.id >= latestOldest);
}

export function prependOlder(previous: MessageWindow | undefined, older: Message[]): MessageWindow {
  const messages = mergeMessages(previous?.messages ?? [], older);
  return { messages, hasOlder: older.length >= MESSAGE_PAGE };
}

/** Adds or replaces one message (the answer to our own send). */
export function upsertMessage(previous: MessageWindow | undefined, message: Message): MessageWindow | undefined {
  if (!previous) return previous;
  return { ...previous, messages: mergeMessages(previous.messages, [message]) };
}
