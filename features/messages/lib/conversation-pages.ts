// The conversation list's cache: Chatwoot's pages (25 each, newest activity first) kept in order.
// A refresh (live event, focus, polling) fetches page 1 only and lays it over what is loaded, so a
// staff member 40 pages deep does not trigger 40 requests per incoming message.
import type { Conversation, ConversationCounts, ConversationPage } from "@/lib/integrations/chatwoot/chatwoot-models";

export type ConversationPages = {
  pages: ConversationPage[];
};

/** Page 1 replaces page 1; conversations it now holds leave the later pages (they moved up). */
export function mergeFirstPage(previous: ConversationPages | undefined, first: ConversationPage): ConversationPages {
  if (!previous || previous.pages.length <= 1) return { pages: [first] };
  const onTop = new Set(first.items.map((c) => c.id));
  const rest = previous.pages.slice(1).map((p) => ({ ...p, items: p.items.filter((c) => !onTop.has(c.id)) }));
  return { pages: [first, ...rest] };
}

/** A further page, without the conversations already shown (offset paging shifts as activity moves). */
export function appendPage(previous: ConversationPages | undefined, page: ConversationPage): ConversationPages {
  if (!previous) return { pages: [page] };
  if (previous.pages.some((p) => p.page === page.page)) return previous;
  const seen = new Set(previous.pages.flatMap((p) => p.items.map((c) => c.id)));
  return { pages: [...previous.pages, { ...page, items: page.items.filter((c) => !seen.has(c.id)) }] };
}

export function flattenPages(data: ConversationPages | undefined): Conversation[] {
  return data ? data.pages.flatMap((p) => p.items) : [];
}

export function nextPageNumber(data: ConversationPages | undefined): number | null {
  const last = data?.pages.at(-1);
  return last?.hasMore ? last.page + 1 : null;
}

export function countsOf(data: ConversationPages | undefined): ConversationCounts | null {
  return data?.pages[0]?.meta ?? null;
}

/** Applies a change to one conversation everywhere in the list; `keep` false removes it. */
export function patchPages(
  data: ConversationPages | undefined,
  id: number,
  patch: (c: Conversation) => Conversation,
  keep: (c: Conversation) => boolean,
): ConversationPages | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((p) => {
    if (!p.items.some((c) => c.id === id)) return p;
    changed = true;
    const items: Conversation[] = [];
    for (const c of p.items) {
      if (c.id !== id) items.push(c);
      else {
        const next = patch(c);
        if (keep(next)) items.push(next);
      }
    }
    return { ...p, items };
  });
  return changed ? { pages } : data;
}

export function findConversation(data: ConversationPages | undefined, id: number): Conversation | undefined {
  for (const p of data?.pages ?? []) {
    const found = p.items.find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}
