// Events the Hub itself writes into webhook_events next to Chatwoot's, for changes Chatwoot does not
// announce. Prefixed so they can never be mistaken for one of Chatwoot's event names.
export const HUB_CONVERSATION_READ = "hub_conversation_read";
