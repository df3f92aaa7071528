import { z } from "@/lib/validation";

// Chatwoot's responses as its code renders them (NOTES.md), parsed loosely: unknown fields pass,
// optional ones may be null or absent, so a Chatwoot upgrade adding fields never breaks the Hub.
const id = z.number();
const text = z.string().nullish();
const timestamp = z.union([z.number(), z.string()]).nullish();
const record = z.record(z.string(), z.unknown()).nullish();
/** Reports send numbers as strings ("12.50") on current versions and as numbers on older ones. */
const numberish = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);

export const cwMessageType = z.union([z.number().int(), z.string()]);

export const cwSender = z.looseObject({
  id,
  name: text,
  available_name: text,
  email: text,
  phone_number: text,
  thumbnail: text,
  type: text,
});

export const cwAttachment = z.looseObject({
  id: z.number().nullish(),
  file_type: text,
  data_url: text,
  thumb_url: text,
  file_size: z.number().nullish(),
});

export const cwMessage = z.looseObject({
  id,
  content: text,
  conversation_id: z.number().nullish(),
  inbox_id: z.number().nullish(),
  message_type: cwMessageType,
  content_type: text,
  private: z.boolean().nullish(),
  status: text,
  created_at: timestamp,
  updated_at: timestamp,
  content_attributes: record,
  echo_id: z.union([z.string(), z.number()]).nullish(),
  sender_type: text,
  sender: cwSender.nullish(),
  attachments: z.array(cwAttachment).nullish(),
});

export const cwContact = z.looseObject({
  id,
  name: text,
  email: text,
  phone_number: text,
  identifier: text,
  thumbnail: text,
  custom_attributes: record,
  additional_attributes: record,
  created_at: timestamp,
  last_activity_at: timestamp,
});

export const cwAgent = z.looseObject({
  id,
  name: text,
  available_name: text,
  email: text,
  role: text,
  availability_status: text,
  thumbnail: text,
});

export const cwConversation = z.looseObject({
  id,
  status: z.string(),
  inbox_id: z.number().nullish(),
  labels: z.array(z.string()).nullish(),
  unread_count: z.number().nullish(),
  can_reply: z.boolean().nullish(),
  priority: text,
  waiting_since: timestamp,
  last_activity_at: timestamp,
  created_at: timestamp,
  snoozed_until: timestamp,
  messages: z.array(cwMessage).nullish(),
  meta: z
    .looseObject({
      sender: cwContact.nullish(),
      assignee: cwAgent.nullish(),
      channel: text,
      team: z.looseObject({ id, name: text }).nullish(),
    })
    .nullish(),
});

const counts = z.number().nullish();
export const cwConversationList = z.looseObject({
  data: z.looseObject({
    meta: z.looseObject({ mine_count: counts, assigned_count: counts, unassigned_count: counts, all_count: counts }),
    payload: z.array(cwConversation),
  }),
});

export const cwMessageList = z.looseObject({ payload: z.array(cwMessage) });

export const cwTemplate = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  name: z.string(),
  status: text,
  category: text,
  language: text,
  components: z.array(z.looseObject({ type: text, text })).nullish(),
});

export const cwInbox = z.looseObject({
  id,
  name: z.string(),
  channel_type: text,
  phone_number: text,
  provider: text,
  message_templates: z.array(cwTemplate).nullish(),
});
export const cwInboxList = z.looseObject({ payload: z.array(cwInbox) });

export const cwLabel = z.looseObject({ id, title: z.string(), description: text, color: text });
export const cwLabelList = z.looseObject({ payload: z.array(cwLabel) });
export const cwConversationLabels = z.looseObject({ payload: z.array(z.string()) });

export const cwCannedList = z.array(z.looseObject({ id, short_code: z.string(), content: text }));
export const cwAgentList = z.array(cwAgent);

export const cwContactList = z.looseObject({
  meta: z
    .looseObject({ count: z.number().nullish(), current_page: z.union([z.number(), z.string()]).nullish() })
    .nullish(),
  payload: z.array(cwContact),
});
/** Chatwoot's create view nests `{contact, contact_inbox}`; the spec shows the bare contact. Accept both. */
export const cwContactCreated = z.union([
  z.looseObject({ payload: z.looseObject({ contact: cwContact }) }).transform((r) => r.payload.contact),
  z.looseObject({ payload: cwContact }).transform((r) => r.payload),
]);
/** The update view answers `{payload: contact}`; accept a bare contact as the spec's schema shows. */
export const cwContactUpdated = z.union([z.looseObject({ payload: cwContact }).transform((r) => r.payload), cwContact]);
export const cwConversationArray = z.looseObject({ payload: z.array(cwConversation) });

export const cwProfile = z.looseObject({
  id,
  name: text,
  available_name: text,
  email: text,
  role: text,
  accounts: z
    .array(z.looseObject({ id, name: text, role: text, status: text, permissions: z.array(z.string()).nullish() }))
    .nullish(),
});

const summaryFields = {
  conversations_count: numberish.nullish(),
  incoming_messages_count: numberish.nullish(),
  outgoing_messages_count: numberish.nullish(),
  avg_first_response_time: numberish.nullish(),
  avg_resolution_time: numberish.nullish(),
  resolutions_count: numberish.nullish(),
};
export const cwSummary = z.looseObject({ ...summaryFields, previous: z.looseObject(summaryFields).nullish() });
export const cwSeries = z.array(z.looseObject({ value: numberish, timestamp: z.number() }));

export const cwWebhook = z.looseObject({
  id,
  url: z.string(),
  name: text,
  subscriptions: z.array(z.string()).nullish(),
  secret: text,
});
/** The jbuilder views wrap webhooks (`{payload:{webhooks}}`); older ones and the spec do not. */
export const cwWebhookList = z.union([
  z.looseObject({ payload: z.looseObject({ webhooks: z.array(cwWebhook) }) }).transform((r) => r.payload.webhooks),
  z.looseObject({ payload: z.array(cwWebhook) }).transform((r) => r.payload),
  z.array(cwWebhook),
]);
export const cwWebhookCreated = z.union([
  z.looseObject({ payload: z.looseObject({ webhook: cwWebhook }) }).transform((r) => r.payload.webhook),
  z.looseObject({ payload: cwWebhook }).transform((r) => r.payload),
  cwWebhook,
]);

export const cwToggleStatus = z.looseObject({
  payload: z.looseObject({
    success: z.boolean().nullish(),
    current_status: text,
    conversation_id: z.number().nullish(),
  }),
});
/** Assigning answers the agent, or `null` when unassigned. */
export const cwAssignment = z.union([cwAgent, z.null(), z.undefined()]);

export type CwMessage = z.infer<typeof cwMessage>;
export type CwContact = z.infer<typeof cwContact>;
export type CwAgent = z.infer<typeof cwAgent>;
export type CwConversation = z.infer<typeof cwConversation>;
export type CwInbox = z.infer<typeof cwInbox>;
export type CwProfile = z.infer<typeof cwProfile>;
export type CwSummary = z.infer<typeof cwSummary>;
export type CwWebhook = z.infer<typeof cwWebhook>;
