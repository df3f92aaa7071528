import { bodyObject, type Ctx, intParam, json, type Route } from "../http";
import { recordSent } from "../state";
import type { ConversationStatus, CwConversation, CwUser } from "./chatwoot-records";
import { authed, nowS, queryList, withConversation } from "./common";
import { type ChangedAttributes, conversationWebhook, emit } from "./events";
import { addActivity } from "./messages";
import { conversationJson, userJson } from "./serialize";

const PAGE_SIZE = 25;
const STATUSES: ConversationStatus[] = ["open", "pending", "resolved", "snoozed"];
const STATUS_WORDS: Record<ConversationStatus, string> = {
  open: "reabierta",
  pending: "marcada como pendiente",
  resolved: "resuelta",
  snoozed: "pospuesta",
};

function matchesQuery(ctx: Ctx, conv: CwConversation, q: string): boolean {
  const needle = q.toLowerCase();
  if (String(conv.id) === q) return true;
  const contact = ctx.state.world.chatwoot.contacts.find((c) => c.id === conv.contactId);
  if (contact && [contact.name, contact.email, contact.phone].some((v) => v?.toLowerCase().includes(needle)))
    return true;
  return conv.messages.some((m) => m.content.toLowerCase().includes(needle));
}

/** Chatwoot's ConversationFinder: status/inbox/labels/q narrow the set; meta counts ignore assignee_type. */
function find(ctx: Ctx, user: CwUser) {
  const q = ctx.query;
  const search = q.get("q")?.trim() ?? "";
  const status = q.get("status") ?? "open";
  const inboxId = intParam(q.get("inbox_id"));
  const labels = queryList(q, "labels");
  const updatedWithin = intParam(q.get("updated_within"));
  let list = ctx.state.world.chatwoot.conversations;
  // With `q` the status filter is skipped (NOTES.md "Conversations").
  if (!search && status !== "all") list = list.filter((c) => c.status === status);
  if (inboxId !== undefined) list = list.filter((c) => c.inboxId === inboxId);
  if (labels.length > 0) list = list.filter((c) => c.labels.some((l) => labels.includes(l)));
  if (updatedWithin !== undefined) list = list.filter((c) => c.updatedAt >= nowS(ctx) - updatedWithin);
  if (search) list = list.filter((c) => matchesQuery(ctx, c, search));
  const meta = {
    mine_count: list.filter((c) => c.assigneeId === user.id).length,
    assigned_count: list.filter((c) => c.assigneeId !== null).length,
    unassigned_count: list.filter((c) => c.assigneeId === null).length,
    all_count: list.length,
  };
  const assigneeType = q.get("assignee_type") ?? "all";
  if (assigneeType === "me") list = list.filter((c) => c.assigneeId === user.id);
  else if (assigneeType === "assigned") list = list.filter((c) => c.assigneeId !== null);
  else if (assigneeType === "unassigned") list = list.filter((c) => c.assigneeId === null);
  return { list, meta, paged: updatedWithin === undefined };
}

function sortConversations(list: CwConversation[], sortBy: string | null): CwConversation[] {
  const by: Record<string, (a: CwConversation, b: CwConversation) => number> = {
    last_activity_at_desc: (a, b) => b.lastActivityAt - a.lastActivityAt || b.id - a.id,
    last_activity_at_asc: (a, b) => a.lastActivityAt - b.lastActivityAt || a.id - b.id,
    created_at_desc: (a, b) => b.createdAt - a.createdAt || b.id - a.id,
    created_at_asc: (a, b) => a.createdAt - b.createdAt || a.id - b.id,
  };
  return [...list].sort(by[sortBy ?? ""] ?? by.last_activity_at_desc);
}

export function changeStatus(
  ctx: Ctx,
  conv: CwConversation,
  status: ConversationStatus,
  actor: CwUser | null,
  snoozedUntil: number | null,
): void {
  const previous = conv.status;
  conv.status = status;
  conv.snoozedUntil = status === "snoozed" ? snoozedUntil : null;
  conv.updatedAt = nowS(ctx);
  conv.resolvedAt = status === "resolved" ? nowS(ctx) : conv.resolvedAt;
  if (previous === status) return;
  const changed: ChangedAttributes = [{ status: { previous_value: previous, current_value: status } }];
  emit(ctx.state, "conversation_status_changed", {
    ...conversationWebhook(ctx.state, conv),
    changed_attributes: changed,
  });
  const who = actor ? ` por ${actor.name}` : "";
  addActivity(ctx, conv, `Conversación ${STATUS_WORDS[status]}${who}`);
}

function updated(ctx: Ctx, conv: CwConversation, changed: ChangedAttributes): void {
  conv.updatedAt = nowS(ctx);
  emit(ctx.state, "conversation_updated", { ...conversationWebhook(ctx.state, conv), changed_attributes: changed });
}

export const conversationRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/conversations",
    handler: authed((ctx, user) => {
      const { list, meta, paged } = find(ctx, user);
      const sorted = sortConversations(list, ctx.query.get("sort_by"));
      const page = Math.max(1, intParam(ctx.query.get("page")) ?? 1);
      const slice = paged ? sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) : sorted;
      const data = ctx.state.world.chatwoot;
      return json(200, { data: { meta, payload: slice.map((c) => conversationJson(c, data, nowS(ctx))) } });
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/conversations/meta",
    handler: authed((ctx, user) => json(200, { meta: find(ctx, user).meta })),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}",
    handler: withConversation((ctx, _user, conv) =>
      json(200, conversationJson(conv, ctx.state.world.chatwoot, nowS(ctx))),
    ),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status",
    handler: withConversation((ctx, user, conv) => {
      const body = bodyObject(ctx);
      const requested = body.status === undefined ? (conv.status === "open" ? "resolved" : "open") : body.status;
      if (typeof requested !== "string" || !STATUSES.includes(requested as ConversationStatus)) {
        return json(422, { message: `'${String(requested)}' is not a valid status`, attributes: ["status"] });
      }
      const until =
        typeof body.snoozed_until === "number"
          ? Math.trunc(body.snoozed_until)
          : (intParam(String(body.snoozed_until ?? "")) ?? null);
      changeStatus(ctx, conv, requested as ConversationStatus, user, until);
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "status_toggled",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { conversationId: conv.id, status: conv.status, snoozedUntil: conv.snoozedUntil },
      });
      return json(200, { meta: {}, payload: { success: true, current_status: conv.status, conversation_id: conv.id } });
    }),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments",
    handler: withConversation((ctx, _user, conv) => {
      const body = bodyObject(ctx);
      const data = ctx.state.world.chatwoot;
      if (!("assignee_id" in body)) {
        if ("team_id" in body)
          recordSent(ctx.state, {
            service: "chatwoot",
            kind: "team_assigned",
            method: ctx.method,
            path: ctx.path,
            body: ctx.body,
          });
        return json(200, null);
      }
      // Like Chatwoot's `users.find_by`, an unknown id unassigns instead of failing.
      const agent = data.users.find((u) => u.id === Number(body.assignee_id)) ?? null;
      const previous = conv.assigneeId;
      conv.assigneeId = agent?.id ?? null;
      updated(ctx, conv, [{ assignee_id: { previous_value: previous, current_value: conv.assigneeId } }]);
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "assigned",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { conversationId: conv.id, assigneeId: conv.assigneeId },
      });
      return json(200, agent ? userJson(agent, data) : null);
    }),
  },
  {
    // Not in swagger.json (only the public, contact-side one is): Chatwoot's SeenStatusConcern sets
    // agent_last_seen_at (and assignee_last_seen_at when the caller is the assignee) with update_column,
    // so no webhook fires, and renders no template: 204. unread_count counts incoming messages after it.
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/update_last_seen",
    handler: withConversation((ctx, _user, conv) => {
      conv.agentLastSeenAt = nowS(ctx);
      conv.unreadCount = 0;
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "last_seen_updated",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { conversationId: conv.id },
      });
      return { status: 204, raw: "" };
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels",
    handler: withConversation((_ctx, _user, conv) => json(200, { payload: conv.labels })),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels",
    handler: withConversation((ctx, _user, conv) => {
      const body = bodyObject(ctx);
      if (!Array.isArray(body.labels)) return json(422, { message: "labels must be an array", attributes: ["labels"] });
      const previous = conv.labels;
      conv.labels = [...new Set(body.labels.map(String))];
      updated(ctx, conv, [{ label_list: { previous_value: previous, current_value: conv.labels } }]);
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "labels_set",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { conversationId: conv.id, labels: conv.labels },
      });
      return json(200, { payload: conv.labels });
    }),
  },
];
