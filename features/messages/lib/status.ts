import type { ConversationStatus } from "@/lib/integrations/chatwoot/chatwoot-models";

const known = new Set<string>(["open", "pending", "resolved", "snoozed"]);

/** Chatwoot may add statuses; only the four the UI has words for are labelled. */
export const isKnownStatus = (s: string): s is ConversationStatus => known.has(s);
