import type { ChatwootData, CwContact, CwConversation, CwInbox, CwMessage, CwUser } from "./chatwoot-records";

/** WhatsApp's customer-service window (NOTES.md "WhatsApp"). */
export const REPLY_WINDOW_S = 24 * 3600;

export function canReply(data: ChatwootData, conv: CwConversation, nowS: number): boolean {
  const inbox = data.inboxes.find((i) => i.id === conv.inboxId);
  if (inbox?.channelType !== "Channel::Whatsapp") return true;
  for (let i = conv.messages.length - 1; i >= 0; i--) {
    const m = conv.messages[i];
    if (m.type === 0) return nowS - m.createdAt < REPLY_WINDOW_S;
  }
  return false;
}

export function userJson(u: CwUser, data: ChatwootData): Record<string, unknown> {
  return {
    id: u.id,
    account_id: data.accountId,
    availability_status: u.availability,
    auto_offline: true,
    confirmed: true,
    email: u.email,
    available_name: u.name,
    name: u.name,
    role: u.role,
    thumbnail: "",
    custom_role_id: null,
  };
}

export function profileJson(u: CwUser, data: ChatwootData): Record<string, unknown> {
  return {
    id: u.id,
    access_token: u.token,
    account_id: data.accountId,
    available_name: u.name,
    avatar_url: "",
    confirmed: true,
    display_name: null,
    message_signature: null,
    email: u.email,
    hmac_identifier: "",
    inviter_id: null,
    name: u.name,
    provider: "email",
    pubsub_token: `pubsub-${u.id}`,
    role: u.role,
    ui_settings: {},
    uid: u.email,
    type: null,
    custom_attributes: {},
    accounts: [
      {
        id: data.accountId,
        name: data.accountName,
        status: "active",
        active_at: null,
        role: u.role,
        permissions: u.role === "administrator" ? ["administrator"] : ["agent"],
        availability: u.availability,
        availability_status: u.availability,
        auto_offline: true,
        custom_role_id: null,
        custom_role: null,
      },
    ],
  };
}

export function inboxContactJson(inbox: CwInbox): Record<string, unknown> {
  return {
    id: inbox.id,
    avatar_url: "",
    channel_id: inbox.id,
    name: inbox.name,
    channel_type: inbox.channelType,
    provider: inbox.channelType === "Channel::Whatsapp" ? "whatsapp_cloud" : "",
  };
}

export function inboxJson(inbox: CwInbox): Record<string, unknown> {
  const whatsapp = inbox.channelType === "Channel::Whatsapp";
  return {
    id: inbox.id,
    avatar_url: "",
    channel_id: inbox.id,
    name: inbox.name,
    channel_type: inbox.channelType,
    greeting_enabled: false,
    greeting_message: null,
    working_hours_enabled: false,
    enable_email_collect: true,
    csat_survey_enabled: false,
    enable_auto_assignment: true,
    auto_assignment_config: {},
    out_of_office_message: null,
    working_hours: [],
    timezone: "America/Santiago",
    callback_webhook_url: null,
    allow_messages_after_resolved: true,
    lock_to_single_conversation: false,
    sender_name_type: "friendly",
    business_name: null,
    phone_number: inbox.phoneNumber,
    provider: whatsapp ? "whatsapp_cloud" : null,
    ...(whatsapp
      ? {
          message_templates: inbox.templates.map((t) => ({
            id: t.id,
            name: t.name,
            status: t.status,
            category: t.category,
            language: t.language,
            parameter_format: "POSITIONAL",
            components: [{ type: "BODY", text: t.body }],
          })),
        }
      : {
          website_url: "https://ferreteriaelroble.cl",
          widget_color: "#1f6f43",
          website_token: `web-token-${inbox.id}`,
          welcome_title: "¡Hola!",
          welcome_tagline: "Te respondemos en minutos.",
        }),
  };
}

export function contactJson(c: CwContact, data: ChatwootData): Record<string, unknown> {
  return {
    additional_attributes: { city: c.city, country: "Chile", country_code: "CL" },
    availability_status: "offline",
    email: c.email,
    id: c.id,
    name: c.name,
    phone_number: c.phone,
    blocked: false,
    identifier: c.identifier,
    thumbnail: "",
    custom_attributes: c.rut ? { rut: c.rut } : {},
    last_activity_at: c.lastActivityAt,
    created_at: c.createdAt,
    contact_inboxes: Object.entries(c.sources).flatMap(([inboxId, sourceId]) => {
      const inbox = data.inboxes.find((i) => i.id === Number(inboxId));
      return inbox ? [{ source_id: sourceId, inbox: inboxContactJson(inbox) }] : [];
    }),
  };
}

/** The compact contact Chatwoot embeds as a conversation's `meta.sender` and a message's `sender`. */
export function senderJson(c: CwContact): Record<string, unknown> {
  return {
    additional_attributes: { city: c.city, country: "Chile" },
    availability_status: "offline",
    email: c.email,
    id: c.id,
    name: c.name,
    phone_number: c.phone,
    blocked: false,
    identifier: c.identifier,
    thumbnail: "",
    custom_attributes: c.rut ? { rut: c.rut } : {},
    last_activity_at: c.lastActivityAt ?? c.createdAt,
    created_at: c.createdAt,
    type: "contact",
  };
}

function messageSender(m: CwMessage, data: ChatwootData): Record<string, unknown> | undefined {
  if (m.senderType === "Contact") {
    const c = data.contacts.find((x) => x.id === m.senderId);
    return c ? senderJson(c) : undefined;
  }
  if (m.senderType === "User") {
    const u = data.users.find((x) => x.id === m.senderId);
    return u
      ? {
          id: u.id,
          name: u.name,
          available_name: u.name,
          avatar_url: "",
          type: "user",
          availability_status: u.availability,
          thumbnail: "",
        }
      : undefined;
  }
  return undefined;
}

export function messageJson(m: CwMessage, data: ChatwootData): Record<string, unknown> {
  const sender = messageSender(m, data);
  return {
    id: m.id,
    content: m.content,
    account_id: data.accountId,
    inbox_id: m.inboxId,
    conversation_id: m.conversationId,
    message_type: m.type,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    private: m.private,
    status: m.status,
    source_id: m.sourceId,
    content_type: "text",
    content_attributes: m.contentAttributes,
    sender_type: m.senderType,
    sender_id: m.senderId,
    external_source_ids: {},
    additional_attributes: m.additionalAttributes,
    processed_message_content: m.content,
    sentiment: {},
    ...(sender ? { sender } : {}),
    ...(m.echoId ? { echo_id: m.echoId } : {}),
  };
}

export function lastNonActivity(conv: CwConversation): CwMessage | undefined {
  for (let i = conv.messages.length - 1; i >= 0; i--) if (conv.messages[i].type !== 2) return conv.messages[i];
  return undefined;
}

export function conversationJson(conv: CwConversation, data: ChatwootData, nowS: number): Record<string, unknown> {
  const contact = data.contacts.find((c) => c.id === conv.contactId);
  const assignee = conv.assigneeId ? data.users.find((u) => u.id === conv.assigneeId) : undefined;
  const inbox = data.inboxes.find((i) => i.id === conv.inboxId);
  const last = conv.messages[conv.messages.length - 1];
  const lastReal = lastNonActivity(conv);
  return {
    id: conv.id,
    account_id: data.accountId,
    uuid: conv.uuid,
    additional_attributes: {},
    agent_last_seen_at: conv.agentLastSeenAt,
    assignee_last_seen_at: conv.agentLastSeenAt,
    can_reply: canReply(data, conv, nowS),
    contact_last_seen_at: conv.contactLastSeenAt,
    custom_attributes: {},
    inbox_id: conv.inboxId,
    labels: conv.labels,
    muted: false,
    snoozed_until: conv.snoozedUntil,
    status: conv.status,
    created_at: conv.createdAt,
    updated_at: conv.updatedAt,
    timestamp: conv.lastActivityAt,
    first_reply_created_at: conv.firstReplyAt,
    unread_count: conv.unreadCount,
    last_non_activity_message: lastReal ? messageJson(lastReal, data) : null,
    last_activity_at: conv.lastActivityAt,
    priority: conv.priority,
    waiting_since: conv.waitingSince,
    sla_policy_id: null,
    messages: last ? [messageJson(last, data)] : [],
    meta: {
      ...(contact ? { sender: senderJson(contact) } : {}),
      channel: inbox?.channelType ?? "Channel::Api",
      ...(assignee ? { assignee: userJson(assignee, data) } : {}),
      hmac_verified: false,
    },
  };
}
