import type {
  ChatwootData,
  ConversationStatus,
  CwContact,
  CwConversation,
  CwMessage,
} from "../chatwoot/chatwoot-records";
import { seedCanned, seedInboxes, seedLabels, seedUsers, WEB_INBOX_ID, WHATSAPP_INBOX_ID } from "./chatwoot-reference";
import type { Customer } from "./customers";
import { PRODUCTS } from "./names";
import type { Rng } from "./random";
import { groupThousands, rutDotted } from "./rut";
import { type Line, OPENERS, THREADS } from "./threads";

const HOUR = 3600;
const DAY = 24 * HOUR;
const LABEL_TITLES = ["cotizacion", "despacho", "factura", "reclamo", "mayorista", "urgente"];
/** Conversation 1 is the long-running account of a construction company: the paging stress case. */
const BIG_THREAD_MESSAGES = 2_100;

export function clp(n: number): string {
  return `$${groupThousands(n)}`;
}

function fill(text: string, rng: Rng, customer: Customer, agent: string): string {
  const [product, price] = rng.pick(PRODUCTS);
  const qty = rng.int(2, 40);
  return text
    .replaceAll("{nombre}", customer.firstName)
    .replaceAll("{agente}", agent)
    .replaceAll("{producto}", product)
    .replaceAll("{precio}", clp(price))
    .replaceAll("{cantidad}", String(qty))
    .replaceAll("{total}", clp(price * qty))
    .replaceAll("{pedido}", `S${String(rng.int(1, 300)).padStart(5, "0")}`)
    .replaceAll("{rut}", rutDotted(customer.rutBody))
    .replaceAll("{comuna}", customer.comuna);
}

function makeContacts(rng: Rng, customers: Customer[], nowS: number): CwContact[] {
  return customers.map((c, i) => ({
    id: i + 1,
    name: c.name,
    email: c.email,
    phone: c.phone,
    identifier: null,
    city: c.comuna,
    rut: rutDotted(c.rutBody),
    createdAt: nowS - rng.int(95, 700) * DAY,
    lastActivityAt: null,
    sources: { [WHATSAPP_INBOX_ID]: c.phone.slice(1) },
  }));
}

interface ConvPlan {
  status: ConversationStatus;
  inboxId: number;
  lastAt: number;
  /** The customer wrote last and nobody answered yet. */
  awaitingReply: boolean;
}

function plan(rng: Rng, index: number, nowS: number): ConvPlan {
  const inboxId = rng.chance(0.78) ? WHATSAPP_INBOX_ID : WEB_INBOX_ID;
  const status = rng.weighted<ConversationStatus>([
    ["open", 45],
    ["pending", 15],
    ["resolved", 30],
    ["snoozed", 10],
  ]);
  // Every 9th open WhatsApp conversation went quiet over a day ago: its 24-hour window is closed.
  const closedWindow = inboxId === WHATSAPP_INBOX_ID && index % 9 === 4;
  let lastAt: number;
  if (status === "resolved") lastAt = nowS - rng.int(1 * DAY, 30 * DAY);
  else if (status === "snoozed") lastAt = nowS - rng.int(6 * HOUR, 4 * DAY);
  else if (closedWindow) lastAt = nowS - rng.int(26 * HOUR, 6 * DAY);
  else lastAt = nowS - rng.int(60, 20 * HOUR);
  const awaitingReply = (status === "open" || status === "pending") && rng.chance(0.55);
  return { status, inboxId, lastAt, awaitingReply };
}

function threadLines(rng: Rng, awaitingReply: boolean): Line[] {
  if (awaitingReply && rng.chance(0.4)) return [["c", rng.pick(OPENERS)]];
  const lines = [...rng.pick(THREADS)];
  if (awaitingReply) {
    let end = lines.length;
    while (end > 1 && lines[end - 1][0] !== "c") end--;
    return lines.slice(0, end);
  }
  return lines;
}

export function seedChatwoot(rng: Rng, customers: Customer[], nowMs: number, conversationCount: number): ChatwootData {
  const nowS = Math.floor(nowMs / 1000);
  const users = seedUsers();
  const contacts = makeContacts(rng, customers, nowS);
  const conversations: CwConversation[] = [];
  let nextMessageId = 1;

  const build = (id: number, contact: CwContact, customer: Customer, p: ConvPlan, lines: Line[], gapMax: number) => {
    const assigneeId = p.awaitingReply && rng.chance(0.45) ? null : rng.int(1, 3);
    const agent = users[(assigneeId ?? 1) - 1];
    const gaps = lines.map(() => rng.int(30, gapMax));
    let t = p.lastAt - gaps.reduce((s, g) => s + g, 0);
    const messages: CwMessage[] = lines.map(([who, text], i) => {
      t += gaps[i];
      const incoming = who === "c";
      const age = nowS - t;
      return {
        id: nextMessageId++,
        conversationId: id,
        inboxId: p.inboxId,
        content: fill(text, rng, customer, agent.name),
        type: incoming ? 0 : 1,
        private: who === "n",
        status: incoming || who === "n" ? "sent" : age > 2 * HOUR ? "read" : "delivered",
        createdAt: t,
        updatedAt: t,
        senderType: incoming ? "Contact" : "User",
        senderId: incoming ? contact.id : agent.id,
        sourceId: incoming && p.inboxId === WHATSAPP_INBOX_ID ? `wamid.${rng.alnum(24)}` : null,
        contentAttributes: {},
        additionalAttributes: {},
      };
    });
    if (p.status === "resolved") {
      t += rng.int(60, 3600);
      messages.push({
        id: nextMessageId++,
        conversationId: id,
        inboxId: p.inboxId,
        content: `Conversación resuelta por ${agent.name}`,
        type: 2,
        private: false,
        status: "sent",
        createdAt: t,
        updatedAt: t,
        senderType: null,
        senderId: null,
        sourceId: null,
        contentAttributes: {},
        additionalAttributes: {},
      });
    }
    const trailingIncoming = [...messages].reverse().findIndex((m) => m.type !== 0);
    const unread = p.awaitingReply ? (trailingIncoming === -1 ? messages.length : trailingIncoming) : 0;
    const firstReply = messages.find((m) => m.type === 1 && !m.private);
    const lastIncoming = [...messages].reverse().find((m) => m.type === 0);
    const conv: CwConversation = {
      id,
      uuid: rng.uuid(),
      inboxId: p.inboxId,
      contactId: contact.id,
      status: p.status,
      assigneeId,
      labels: rng.chance(0.6) ? [rng.pick(LABEL_TITLES)] : [],
      priority: rng.weighted([
        [null, 8],
        ["high", 1],
        ["urgent", 1],
      ] as const),
      snoozedUntil: p.status === "snoozed" && rng.chance(0.7) ? nowS + rng.int(2 * HOUR, 3 * DAY) : null,
      createdAt: messages[0].createdAt,
      updatedAt: t,
      lastActivityAt: t,
      unreadCount: unread,
      agentLastSeenAt: unread > 0 ? (lastIncoming?.createdAt ?? t) - 60 : t,
      contactLastSeenAt: t,
      firstReplyAt: firstReply?.createdAt ?? null,
      waitingSince: unread > 0 ? messages[messages.length - unread].createdAt : null,
      resolvedAt: p.status === "resolved" ? t : null,
      messages,
    };
    if (rng.chance(0.2) && !conv.labels.includes("urgente") && conv.priority === "urgent") conv.labels.push("urgente");
    if (p.inboxId === WEB_INBOX_ID) contact.sources[WEB_INBOX_ID] = rng.uuid();
    contact.lastActivityAt = Math.max(contact.lastActivityAt ?? 0, t);
    conversations.push(conv);
  };

  // The big one: months of back-and-forth with the same construction company.
  const bigLines: Line[] = [];
  while (bigLines.length < BIG_THREAD_MESSAGES) bigLines.push(...rng.pick(THREADS));
  while (bigLines[bigLines.length - 1][0] !== "c") bigLines.pop();
  const bigPlan: ConvPlan = { status: "open", inboxId: WHATSAPP_INBOX_ID, lastAt: nowS - 25 * 60, awaitingReply: true };
  build(1, contacts[0], customers[0], bigPlan, bigLines, Math.floor((88 * DAY * 2) / BIG_THREAD_MESSAGES));

  for (let id = 2; id <= conversationCount; id++) {
    // Most conversations belong to distinct customers; some customers come back.
    const ci = id <= contacts.length && rng.chance(0.85) ? id - 1 : rng.int(0, contacts.length - 1);
    const p = plan(rng, id, nowS);
    build(id, contacts[ci], customers[ci], p, threadLines(rng, p.awaitingReply), 15 * 60);
  }

  return {
    accountId: 1,
    accountName: "Ferretería El Roble",
    users,
    inboxes: seedInboxes(),
    contacts,
    conversations,
    labels: seedLabels(),
    canned: seedCanned(),
    nextContactId: contacts.length + 1,
    nextConversationId: conversationCount + 1,
    nextMessageId,
  };
}
