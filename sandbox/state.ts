import type { ChatwootData } from "./chatwoot/chatwoot-records";
import type { N8nData } from "./n8n/n8n-records";
import type { OdooData, OdooVersion } from "./odoo/odoo-records";

export type ServiceName = "chatwoot" | "odoo" | "n8n";

export interface World {
  /** Unix ms at seeding; seeded times are relative to it so the data always looks current. */
  seededAt: number;
  chatwoot: ChatwootData;
  odoo: OdooData;
  n8n: N8nData;
}

export interface SentEntry {
  service: ServiceName;
  /** What happened, e.g. `message_created`, `status_toggled`, `workflow_activated`, `webhook_called`. */
  kind: string;
  method: string;
  path: string;
  at: string;
  body: unknown;
  result?: unknown;
}

export interface WebhookSubscription {
  id: number;
  url: string;
  name: string;
  subscriptions: string[];
  secret: string;
}

export interface Delivery {
  deliveryId: string;
  webhookId: number;
  url: string;
  event: string;
  at: string;
  status: number | null;
  error?: string;
}

export interface Fault {
  service: ServiceName;
  route?: string;
  mode: "delay" | "status" | "malformed" | "reset" | "hang";
  ms?: number;
  status?: number;
  retryAfter?: number;
  /** Applies this many more times, then disappears; unlimited when absent. */
  times?: number;
}

export interface SandboxConfig {
  odooVersion: OdooVersion;
  duplicateWebhooks: boolean;
}

export interface SandboxState {
  world: World;
  scale: number;
  config: SandboxConfig;
  defaults: SandboxConfig;
  faults: Fault[];
  sent: SentEntry[];
  webhooks: WebhookSubscription[];
  nextWebhookId: number;
  deliveries: Delivery[];
  /** Pending status transitions (sent → delivered → read); cleared on reset and close. */
  timers: Set<NodeJS.Timeout>;
  /** Unix ms; a function so tests could move time if ever needed. */
  now: () => number;
  log: boolean;
}

export function recordSent(state: SandboxState, entry: Omit<SentEntry, "at">): void {
  state.sent.push({ ...entry, at: new Date(state.now()).toISOString() });
}

export function later(state: SandboxState, ms: number, fn: () => void): void {
  const t = setTimeout(() => {
    state.timers.delete(t);
    fn();
  }, ms);
  t.unref();
  state.timers.add(t);
}

export function clearTimers(state: SandboxState): void {
  for (const t of state.timers) clearTimeout(t);
  state.timers.clear();
}
