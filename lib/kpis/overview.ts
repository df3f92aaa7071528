import {
  santiagoDayOf,
  startOfSantiagoDay,
  startOfSantiagoMonth,
  startOfSantiagoWeek,
} from "@/lib/format/santiago-range";
import type { ChatwootClient } from "@/lib/integrations/chatwoot/client";
import type { N8nClient } from "@/lib/integrations/n8n/client";
import type { OdooClient } from "@/lib/integrations/odoo/client";
import { UpstreamError } from "@/lib/integrations/upstream-error";
import { salesKpis } from "@/lib/proxy/odoo/queries";
import { executionsSince, outcome } from "./automation";
import { openInvoices } from "./invoices";
import type { ChatwootOverview, N8nOverview, OdooOverview } from "./kpi-types";

// The Resumen cards: one function per service, each reading as little as it can.

/** Open conversations are read 25 at a time; 8 pages (200) is plenty to find the unanswered ones. */
const OPEN_PAGES = 8;
/** Contacts come 15 a page, most recently active first; a week's new ones sit in the first pages. */
const CONTACT_PAGES = 10;

export async function openConversations(chatwoot: ChatwootClient) {
  let open = 0;
  let unanswered = 0;
  let oldest: ChatwootOverview["oldestWaiting"] = null;
  for (let page = 1; page <= OPEN_PAGES; page++) {
    const res = await chatwoot.listConversations({ status: "open", assigneeType: "all", page });
    open = res.meta.all;
    for (const c of res.items) {
      if (!c.waitingSince) continue;
      unanswered++;
      if (!oldest || c.waitingSince < oldest.since)
        oldest = { id: c.id, since: c.waitingSince, contactName: c.contact?.name ?? null };
    }
    if (!res.hasMore) return { open, unanswered, unansweredCapped: false, oldestWaiting: oldest };
  }
  return { open, unanswered, unansweredCapped: true, oldestWaiting: oldest };
}

/** Incoming and outgoing messages since local midnight; null when the token cannot read reports. */
export async function messagesToday(chatwoot: ChatwootClient, nowMs: number): Promise<number | null> {
  try {
    const s = await chatwoot.reportsSummary({
      since: new Date(startOfSantiagoDay(santiagoDayOf(nowMs))),
      until: new Date(nowMs),
    });
    return s.incomingMessagesCount + s.outgoingMessagesCount;
  } catch (e) {
    if (e instanceof UpstreamError && e.code === "upstream_forbidden") return null;
    throw e;
  }
}

/**
 * Contacts created since Monday. The list is ordered by last activity, and a contact's activity is never
 * older than its creation: once a page holds no activity this week, no later page holds a new contact.
 */
export async function newContactsThisWeek(chatwoot: ChatwootClient, nowMs: number): Promise<number> {
  const since = startOfSantiagoDay(startOfSantiagoWeek(nowMs));
  let count = 0;
  for (let page = 1; page <= CONTACT_PAGES; page++) {
    const res = await chatwoot.listContacts(page);
    count += res.items.filter((c) => c.createdAt && Date.parse(c.createdAt) >= since).length;
    const recent = res.items.some((c) => c.lastActivityAt && Date.parse(c.lastActivityAt) >= since);
    if (!recent || !res.hasMore) break;
  }
  return count;
}

export async function chatwootOverview(chatwoot: ChatwootClient, nowMs: number): Promise<ChatwootOverview> {
  const [open, messages, contacts] = await Promise.all([
    openConversations(chatwoot),
    messagesToday(chatwoot, nowMs),
    newContactsThisWeek(chatwoot, nowMs),
  ]);
  return { ...open, messagesToday: messages, newContactsWeek: contacts };
}

export async function odooOverview(odoo: OdooClient, nowMs: number): Promise<OdooOverview> {
  const today = santiagoDayOf(nowMs);
  const [month, unpaid] = await Promise.all([
    salesKpis(odoo, { from: startOfSantiagoMonth(nowMs), to: today, groupBy: "month" }),
    openInvoices(odoo),
  ]);
  return {
    salesMonth: month.totals.revenue,
    ordersMonth: month.totals.orders,
    unpaidCount: unpaid.count,
    unpaidAmount: unpaid.amount,
  };
}

export async function n8nOverview(n8n: N8nClient, nowMs: number): Promise<N8nOverview> {
  const { items } = await executionsSince(n8n, startOfSantiagoDay(santiagoDayOf(nowMs)));
  return { runsToday: items.length, failuresToday: items.filter((e) => outcome(e.status) === "error").length };
}
