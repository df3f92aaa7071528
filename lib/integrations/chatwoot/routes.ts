import type { RouteTemplate } from "../http/route";

/** Every Chatwoot endpoint the Hub calls (swagger.json / NOTES.md), relative to the instance's base URL. */
export const chatwootRoutes = {
  profile: { method: "GET", path: "/api/v1/profile" },
  inboxes: { method: "GET", path: "/api/v1/accounts/{account_id}/inboxes" },
  conversations: { method: "GET", path: "/api/v1/accounts/{account_id}/conversations" },
  conversation: { method: "GET", path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}" },
  messages: { method: "GET", path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages" },
  sendMessage: { method: "POST", path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages" },
  retryMessage: {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}/retry",
  },
  toggleStatus: {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status",
  },
  // Not in swagger.json (only the contact-side public API's is); Chatwoot's SeenStatusConcern. 204, no body.
  markRead: {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/update_last_seen",
  },
  assign: { method: "POST", path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments" },
  conversationLabels: {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels",
  },
  setConversationLabels: {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels",
  },
  labels: { method: "GET", path: "/api/v1/accounts/{account_id}/labels" },
  cannedResponses: { method: "GET", path: "/api/v1/accounts/{account_id}/canned_responses" },
  agents: { method: "GET", path: "/api/v1/accounts/{account_id}/agents" },
  contacts: { method: "GET", path: "/api/v1/accounts/{account_id}/contacts" },
  searchContacts: { method: "GET", path: "/api/v1/accounts/{account_id}/contacts/search" },
  createContact: { method: "POST", path: "/api/v1/accounts/{account_id}/contacts" },
  updateContact: { method: "PUT", path: "/api/v1/accounts/{account_id}/contacts/{id}" },
  contactConversations: { method: "GET", path: "/api/v1/accounts/{account_id}/contacts/{id}/conversations" },
  reportsSummary: { method: "GET", path: "/api/v2/accounts/{account_id}/reports/summary" },
  reports: { method: "GET", path: "/api/v2/accounts/{account_id}/reports" },
  webhooks: { method: "GET", path: "/api/v1/accounts/{account_id}/webhooks" },
  createWebhook: { method: "POST", path: "/api/v1/accounts/{account_id}/webhooks" },
  deleteWebhook: { method: "DELETE", path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}" },
} as const satisfies Record<string, RouteTemplate>;

export type ChatwootRoute = keyof typeof chatwootRoutes;
