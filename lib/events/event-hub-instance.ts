import "server-only";
import { EventHub } from "./event-hub";
import { HUB_EVENTS_CHANNEL } from "./notification";
import { processNotificationSource } from "./process-notifications";

// One hub per process, on globalThis so Next's dev reloads do not stack listeners.
const globalForHub = globalThis as typeof globalThis & { __hubEventHub?: Promise<EventHub> };

async function createHub(): Promise<EventHub> {
  return new EventHub(await processNotificationSource(HUB_EVENTS_CHANNEL));
}

export function getEventHub(): Promise<EventHub> {
  globalForHub.__hubEventHub ??= createHub().catch((error) => {
    globalForHub.__hubEventHub = undefined;
    throw error;
  });
  return globalForHub.__hubEventHub;
}
