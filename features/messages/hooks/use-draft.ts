"use client";
// The composer's text and mode for one conversation, saved on every change (lib/drafts.ts).
import { useCallback, useEffect, useState } from "react";
import { browserStorage, type Draft, readDraft, writeDraft } from "../lib/drafts";

export function useDraft(tenantId: string, conversationId: number) {
  const [draft, setDraftState] = useState<Draft>({ text: "", private: false });
  // Read after mount: the server has no localStorage, and the first render must match its HTML.
  useEffect(() => {
    setDraftState(readDraft(browserStorage(), tenantId, conversationId));
  }, [tenantId, conversationId]);
  const setDraft = useCallback(
    (next: Draft) => {
      setDraftState(next);
      writeDraft(browserStorage(), tenantId, conversationId, next);
    },
    [tenantId, conversationId],
  );
  return [draft, setDraft] as const;
}
