import type { LiveEvent } from "@/lib/events/live-event";
import type { MessageKey, Translate } from "@/lib/i18n/types";
import type { ActivityItem } from "@/lib/kpis/kpi-types";

const ACTIONS = {
  "member.invited": "overview.activity.actions.memberInvited",
  "member.role_changed": "overview.activity.actions.memberRoleChanged",
  "member.removed": "overview.activity.actions.memberRemoved",
  "integration.connected": "overview.activity.actions.integrationConnected",
  "integration.updated": "overview.activity.actions.integrationUpdated",
  "integration.disconnected": "overview.activity.actions.integrationDisconnected",
} as const;

const STATUSES = ["open", "pending", "resolved", "snoozed"];

const SERVICE_NAMES: Record<string, string> = { chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" };

/** One activity_log row as a sentence; unknown actions still say who did what. */
export function activityText(item: ActivityItem, t: Translate): string {
  const actor = item.actor ?? t("overview.activity.someone");
  const target = item.target ? (SERVICE_NAMES[item.target] ?? item.target) : "";
  const key = ACTIONS[item.action as keyof typeof ACTIONS] ?? "overview.activity.actions.other";
  return t(key, { actor, target, action: item.action }).trim();
}

/** A live Chatwoot event worth a line in the feed; typing and delivery updates are not. */
export function liveEventText(event: LiveEvent, t: Translate): string | null {
  switch (event.kind) {
    case "message.created":
      if (event.messageType !== "incoming" || event.conversationId === null) return null;
      return event.senderName
        ? t("overview.activity.live.message", { name: event.senderName, id: event.conversationId })
        : t("overview.activity.live.messageNoName", { id: event.conversationId });
    case "conversation.created":
      return event.conversationId === null
        ? null
        : t("overview.activity.live.conversationCreated", { id: event.conversationId });
    case "conversation.updated":
      if (event.conversationId === null || !event.changed.includes("status") || !event.status) return null;
      return t("overview.activity.live.conversationUpdated", {
        id: event.conversationId,
        status: STATUSES.includes(event.status)
          ? t(`overview.activity.live.status.${event.status}` as MessageKey)
          : event.status,
      });
    case "contact.created":
      return event.name ? t("overview.activity.live.contactCreated", { name: event.name }) : null;
    default:
      return null;
  }
}
