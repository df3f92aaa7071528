// The process's cache of connections and memberships on each driver: it is used only while it hears
// `hub_cache`, and any change to what a proxy uses or to a membership, committed on another
// connection, drops that entry before the next read. Status checks and other tenants' changes do not.
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tenantIntegrations, tenantMembers } from "@/lib/db/schema";
import type { NotificationHandlers, NotificationSource } from "@/lib/events/notification-source";
import {
  CACHE_CHANNEL,
  CACHE_PING,
  connectionKey,
  createNotifiedCache,
  membershipKey,
  type NotifiedCache,
  type NotifiedCacheOptions,
} from "@/lib/events/notified-cache";
import { createEventDatabase, drivers, type EventDatabase, seedTenant, type TenantFixture } from "./event-database";

const waitFor = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.each(drivers)("connection cache on %s", (driver) => {
  let database: EventDatabase;
  let cache: NotifiedCache;
  let a: TenantFixture;
  let b: TenantFixture;
  let loads: string[];

  /** What getConnection does on a miss, here reading the row's base URL on the test database. */
  const read = (t: TenantFixture) =>
    cache.get(connectionKey(t.tenantId, "chatwoot"), async () => {
      loads.push(t.tenantId);
      const [row] = await database.db
        .select({ baseUrl: tenantIntegrations.baseUrl })
        .from(tenantIntegrations)
        .where(eq(tenantIntegrations.id, t.integrationId));
      if (!row) throw new Error("not connected");
      return row.baseUrl;
    });
  const setBaseUrl = (t: TenantFixture, baseUrl: string) =>
    database.db.update(tenantIntegrations).set({ baseUrl }).where(eq(tenantIntegrations.id, t.integrationId));

  beforeAll(async () => {
    database = await createEventDatabase(driver);
  });
  afterAll(() => database?.dispose());
  afterEach(() => cache?.close());

  /** The heartbeat as the process sends it, on the test database. */
  const ping = async () => {
    await database.db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${CACHE_PING})`);
  };

  async function freshCache(
    source: NotificationSource = database.source(CACHE_CHANNEL),
    options: Partial<NotifiedCacheOptions> = {},
  ) {
    a = await seedTenant(database, "ferreteria");
    b = await seedTenant(database, "panaderia");
    loads = [];
    cache = createNotifiedCache({ source: async () => source, ping, ...options });
  }

  /** A listener the test drives by hand; its heartbeat arrives only while `alive`. */
  function handSource() {
    const hand = { handlers: null as NotificationHandlers | null, alive: true };
    const source: NotificationSource = {
      async start(h) {
        hand.handlers = h;
        return { stop: async () => {} };
      },
    };
    const handPing = async () => {
      if (hand.alive) hand.handlers?.onNotify(CACHE_PING);
    };
    return { hand, source, handPing };
  }

  it("reads through until it listens, then reads each connection once", async () => {
    await freshCache();
    await read(a);
    await read(a);
    expect(loads).toHaveLength(2);
    await cache.ready();
    expect(await read(a)).toBe("http://127.0.0.1:4199/chatwoot");
    expect(await read(a)).toBe("http://127.0.0.1:4199/chatwoot");
    expect(loads).toHaveLength(3);
  });

  it("a new base URL committed elsewhere is read on the next request; the other tenant's entry stays", async () => {
    await freshCache();
    await cache.ready();
    await read(a);
    await read(b);
    expect(cache.size).toBe(2);
    await setBaseUrl(a, "http://127.0.0.1:4199/otro-chatwoot");
    await waitFor(() => cache.size === 1);
    expect(await read(a)).toBe("http://127.0.0.1:4199/otro-chatwoot");
    expect(await read(b)).toBe("http://127.0.0.1:4199/chatwoot");
    expect(loads.filter((t) => t === b.tenantId)).toHaveLength(1);
  });

  it("new credentials and a removed integration drop the entry; a status check does not", async () => {
    await freshCache();
    await cache.ready();
    await read(a);
    await read(b);
    // A connection check rewrites status and time only: no notification, the entry stays.
    await database.db
      .update(tenantIntegrations)
      .set({ status: "connected", lastCheckedAt: new Date() })
      .where(eq(tenantIntegrations.id, a.integrationId));
    // b's change is the sync point: once its notification has arrived, a's would have too.
    await database.db
      .update(tenantIntegrations)
      .set({ credentialsEncrypted: "sealed-again" })
      .where(eq(tenantIntegrations.id, b.integrationId));
    await waitFor(() => cache.size === 1);
    await read(a);
    expect(loads.filter((t) => t === a.tenantId)).toHaveLength(1);

    await database.db.delete(tenantIntegrations).where(eq(tenantIntegrations.id, a.integrationId));
    await waitFor(() => cache.size === 0);
    await expect(read(a)).rejects.toThrow("not connected");
  });

  it("a membership's new role or removal drops its entry; an invitation without a user names none", async () => {
    await freshCache();
    await cache.ready();
    const role = () =>
      cache.get(membershipKey(a.tenantId, a.userId), async () => {
        loads.push("role");
        const [row] = await database.db
          .select({ role: tenantMembers.role })
          .from(tenantMembers)
          .where(eq(tenantMembers.userId, a.userId));
        return row?.role ?? null;
      });
    expect(await role()).toBe("admin");
    await database.db.update(tenantMembers).set({ role: "viewer" }).where(eq(tenantMembers.userId, a.userId));
    await waitFor(() => cache.size === 0);
    expect(await role()).toBe("viewer");

    await read(b);
    await database.db
      .insert(tenantMembers)
      .values({ tenantId: a.tenantId, email: "invitada@example.cl", role: "staff", status: "invited" });
    await database.db.delete(tenantMembers).where(eq(tenantMembers.userId, a.userId));
    await waitFor(() => cache.size === 1);
    expect(await role()).toBeNull();
    expect(loads.filter((t) => t === b.tenantId)).toHaveLength(1);
  });

  it("forget drops one tenant's entry at once, for the instance that saved the change", async () => {
    await freshCache();
    await cache.ready();
    await read(a);
    await read(b);
    cache.forget(connectionKey(a.tenantId, "chatwoot"));
    expect(cache.size).toBe(1);
    await read(a);
    expect(loads.filter((t) => t === a.tenantId)).toHaveLength(2);
  });

  it("a failed read is not kept", async () => {
    await freshCache();
    await cache.ready();
    await database.db.delete(tenantIntegrations).where(eq(tenantIntegrations.id, a.integrationId));
    await expect(read(a)).rejects.toThrow("not connected");
    await expect(read(a)).rejects.toThrow("not connected");
    expect(loads).toHaveLength(2);
  });

  it("forgets everything when its listener reconnects, or hears a payload it cannot read", async () => {
    const { hand, source, handPing } = handSource();
    await freshCache(source, { ping: handPing });
    await cache.ready();
    await read(a);
    await read(b);
    expect(cache.size).toBe(2);
    hand.handlers?.onReconnect();
    expect(cache.size).toBe(0);
    await read(a);
    hand.handlers?.onNotify("not json");
    expect(cache.size).toBe(0);
  });

  it("a listener that goes quiet is not trusted: everything is dropped and read again until it is heard", async () => {
    let clock = 1_000_000;
    const { hand, source, handPing } = handSource();
    await freshCache(source, { ping: handPing, heartbeatMs: 60_000, deafAfterMs: 1_000, now: () => clock });
    await handPing();
    await cache.ready();
    await read(a);
    await read(a);
    expect(loads).toHaveLength(1);

    // The connection died without a word: no ping arrives, and a second later nothing is trusted.
    hand.alive = false;
    clock += 1_500;
    await read(a);
    await read(a);
    expect(loads).toHaveLength(3);
    expect(cache.size).toBe(0);

    hand.alive = true;
    await handPing();
    await read(a);
    await read(a);
    expect(loads).toHaveLength(4);
  });

  it("reads through while it cannot listen", async () => {
    await freshCache({
      start: async () => {
        throw new Error("LISTEN refused");
      },
    });
    await expect(cache.ready()).rejects.toThrow("LISTEN refused");
    await read(a);
    await read(a);
    expect(loads).toHaveLength(2);
  });
});
