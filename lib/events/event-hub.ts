// One listener per process, fanning notifications out in memory to that process's open streams,
// keyed by tenant. A stream only ever hears its own tenant's ids; it then reads the rows under RLS.
import { log } from "@/lib/log";
import { parseNotification } from "./notification";
import type { NotificationSource } from "./notification-source";

export type TenantSubscriber = {
  onEvent(eventId: number): void;
  /** The listener reconnected: the subscriber should catch up from its last id. */
  onResync(): void;
};

/**
 * How many open streams one process carries: each holds a little memory and a timer, so the count is
 * bounded, per tenant (many tabs of one shop) and overall. A tenant's map entry goes with its last
 * stream, so tenants that came and went leave nothing behind.
 */
export type SubscriberLimits = { perTenant: number; perProcess: number };
export const defaultSubscriberLimits: SubscriberLimits = { perTenant: 300, perProcess: 5_000 };

/** Thrown by subscribe past a limit; the stream's client falls back to polling. */
export class SubscriberLimitError extends Error {
  constructor(readonly scope: "tenant" | "process") {
    super(`too many live streams open (${scope})`);
    this.name = "SubscriberLimitError";
  }
}

export class EventHub {
  private readonly subscribers = new Map<string, Set<TenantSubscriber>>();
  private total = 0;
  private listening: Promise<{ stop(): Promise<void> }> | null = null;

  constructor(
    private readonly source: NotificationSource,
    private readonly limits: SubscriberLimits = defaultSubscriberLimits,
  ) {}

  /** Resolves once the listener is up, so nothing committed after this returns is missed. */
  async subscribe(tenantId: string, subscriber: TenantSubscriber): Promise<() => void> {
    await this.ensureListening();
    if (this.total >= this.limits.perProcess) throw new SubscriberLimitError("process");
    if ((this.subscribers.get(tenantId)?.size ?? 0) >= this.limits.perTenant) throw new SubscriberLimitError("tenant");
    let set = this.subscribers.get(tenantId);
    if (!set) {
      set = new Set();
      this.subscribers.set(tenantId, set);
    }
    if (!set.has(subscriber)) {
      set.add(subscriber);
      this.total++;
    }
    return () => {
      const current = this.subscribers.get(tenantId);
      if (current?.delete(subscriber)) this.total--;
      if (current?.size === 0) this.subscribers.delete(tenantId);
    };
  }

  /** Open subscriptions, by tenant: for tests and diagnostics (leaks show up here). */
  subscriberCount(tenantId?: string): number {
    if (tenantId) return this.subscribers.get(tenantId)?.size ?? 0;
    return this.total;
  }

  /** Tenants with at least one open subscription. */
  tenantCount(): number {
    return this.subscribers.size;
  }

  async close(): Promise<void> {
    const listening = this.listening;
    this.listening = null;
    this.subscribers.clear();
    this.total = 0;
    if (listening) await (await listening.catch(() => null))?.stop();
  }

  private ensureListening() {
    this.listening ??= this.source
      .start({ onNotify: (payload) => this.dispatch(payload), onReconnect: () => this.resyncAll() })
      .catch((error: unknown) => {
        // Let the next subscriber try again rather than caching the failure forever.
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  private dispatch(payload: string) {
    const notification = parseNotification(payload);
    if (!notification) {
      log.warn("unreadable hub_events notification", { length: payload.length });
      return;
    }
    const set = this.subscribers.get(notification.tenantId);
    if (!set) return;
    for (const subscriber of [...set]) subscriber.onEvent(notification.eventId);
  }

  private resyncAll() {
    log.info("event listener reconnected; streams catch up");
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.onResync();
  }
}
