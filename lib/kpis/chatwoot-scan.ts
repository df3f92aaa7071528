import { normalizeBaseUrl } from "@/lib/integrations/base-url";
import type { ChatwootConnection } from "@/lib/integrations/chatwoot/client";
import { chatwootRoutes } from "@/lib/integrations/chatwoot/routes";
import type { ClientOptions } from "@/lib/integrations/http/client-options";
import { upstreamRequest } from "@/lib/integrations/http/request";
import { fillPath, withQuery } from "@/lib/integrations/http/route";
import { toIso } from "@/lib/integrations/time";
import { z } from "@/lib/validation";

// Conversations created since an instant, newest first, read straight from Chatwoot's list with
// `sort_by=created_at_desc`: the adapter's Conversation shape drops `first_reply_created_at`, which
// the median first response time needs. Works with any token (reports need an admin's).

const PAGE = 25;
/** 40 pages = 1,000 conversations: beyond that the figures cover the most recent ones (complete: false). */
export const MAX_CONVERSATION_PAGES = 40;

const stamp = z.union([z.number(), z.string()]).nullish();
const page = z.looseObject({
  data: z.looseObject({
    payload: z.array(
      z.looseObject({
        id: z.number(),
        status: z.string(),
        inbox_id: z.number().nullish(),
        created_at: stamp,
        first_reply_created_at: stamp,
        last_activity_at: stamp,
      }),
    ),
  }),
});

export type ScannedConversation = {
  id: number;
  status: string;
  inboxId: number | null;
  /** Unix ms. */
  createdAt: number;
  /** Unix ms of the first agent reply; null before anyone answered (Chatwoot sends 0 or null). */
  firstReplyAt: number | null;
  lastActivityAt: number | null;
};

const ms = (v: unknown): number | null => {
  const iso = toIso(v === 0 || v === "0" ? null : v);
  return iso ? Date.parse(iso) : null;
};

export async function conversationsCreatedSince(
  conn: ChatwootConnection,
  sinceMs: number,
  opts: ClientOptions & { maxPages?: number } = {},
): Promise<{ items: ScannedConversation[]; complete: boolean }> {
  const base = normalizeBaseUrl(conn.baseUrl);
  const path = fillPath(chatwootRoutes.conversations.path, { account_id: conn.accountId });
  const items: ScannedConversation[] = [];
  const maxPages = opts.maxPages ?? MAX_CONVERSATION_PAGES;
  for (let p = 1; p <= maxPages; p++) {
    const res = await upstreamRequest({
      service: "chatwoot",
      operation: "conversations",
      tenantId: opts.tenantId,
      url: withQuery(`${base}${path}`, { status: "all", assignee_type: "all", sort_by: "created_at_desc", page: p }),
      method: "GET",
      headers: { api_access_token: conn.token },
      schema: page,
      timeoutMs: opts.timeoutMs,
    });
    const rows = res.data.payload;
    for (const r of rows) {
      const createdAt = ms(r.created_at);
      if (createdAt === null) continue;
      items.push({
        id: r.id,
        status: r.status,
        inboxId: r.inbox_id ?? null,
        createdAt,
        firstReplyAt: ms(r.first_reply_created_at),
        lastActivityAt: ms(r.last_activity_at),
      });
    }
    const oldest = items.at(-1)?.createdAt ?? Number.POSITIVE_INFINITY;
    if (rows.length < PAGE || oldest < sinceMs)
      return { items: items.filter((c) => c.createdAt >= sinceMs), complete: true };
  }
  return { items: items.filter((c) => c.createdAt >= sinceMs), complete: false };
}
