// What happens to a reply between Enter and Chatwoot's answer. Every send is an outbox entry with
// its own echo id until the server's message (carrying that echo id) replaces it:
//   sending ──ok──▶ (removed: the server's message shows instead)
//      └──error──▶ failed { outcomeUnknown } ──retry──▶ [outcome unknown? check recent messages] ──▶ sending
// A failure whose outcome is unknown (5xx, timeout, network) may still have reached Chatwoot: before
// sending again the recent messages are searched for the echo id, so a retry never sends twice.
import type { Message } from "@/lib/integrations/chatwoot/chatwoot-models";

export type TemplateSend = {
  name: string;
  category?: string;
  language?: string;
  processedParams?: { body?: Record<string, string> };
};

export type OutboxEntry = {
  echoId: string;
  conversationId: number;
  content: string;
  private: boolean;
  template: TemplateSend | null;
  createdAt: string;
  state: "sending" | "failed";
  /** The server's words (or null for the generic message). */
  error: string | null;
  /** The request may have reached Chatwoot: check before sending again. */
  outcomeUnknown: boolean;
  attempts: number;
};

export function newEchoId(): string {
  // Chatwoot and the proxy take [A-Za-z0-9_-]{8,64}; a UUID without dashes is 32 of those.
  return crypto.randomUUID().replaceAll("-", "");
}

export function createEntry(input: {
  conversationId: number;
  content: string;
  private?: boolean;
  template?: TemplateSend | null;
  echoId?: string;
  now?: Date;
}): OutboxEntry {
  return {
    echoId: input.echoId ?? newEchoId(),
    conversationId: input.conversationId,
    content: input.content,
    private: input.private ?? false,
    template: input.template ?? null,
    createdAt: (input.now ?? new Date()).toISOString(),
    state: "sending",
    error: null,
    outcomeUnknown: false,
    attempts: 1,
  };
}

/** The error's effect: a refusal (4xx) certainly stored nothing; anything else might have. */
export function failEntry(entry: OutboxEntry, error: { status?: number; message?: string } | null): OutboxEntry {
  const status = error?.status ?? 0;
  const refused = status >= 400 && status < 500 && status !== 408;
  return {
    ...entry,
    state: "failed",
    error: error?.message || null,
    // A refusal after an earlier unknown outcome keeps the doubt about that earlier attempt.
    outcomeUnknown: refused ? entry.outcomeUnknown : true,
  };
}

export function retryEntry(entry: OutboxEntry): OutboxEntry {
  return { ...entry, state: "sending", error: null, attempts: entry.attempts + 1 };
}

export const canRetry = (entry: OutboxEntry) => entry.state === "failed";

/**
 * The server's message for an outbox entry: by echo id, or — for servers that drop echo_id — an
 * outgoing message with the same text and kind created no earlier than a minute before the entry.
 */
export function findEcho(entry: OutboxEntry, messages: Message[]): Message | undefined {
  const byEcho = messages.find((m) => m.echoId === entry.echoId);
  if (byEcho) return byEcho;
  const since = Date.parse(entry.createdAt) - 60_000;
  return messages.find(
    (m) =>
      m.echoId === null &&
      (m.messageType === "outgoing" || m.messageType === "template") &&
      m.private === entry.private &&
      m.content.trim() === entry.content.trim() &&
      m.createdAt !== null &&
      Date.parse(m.createdAt) >= since,
  );
}

/** Outbox entries the loaded messages do not answer yet: the ones still to show. */
export function unmatchedEntries(entries: OutboxEntry[], messages: Message[]): OutboxEntry[] {
  if (entries.length === 0) return entries;
  const echoes = new Set(messages.map((m) => m.echoId).filter(Boolean));
  return entries.filter((e) => !echoes.has(e.echoId));
}
