// The listener and its fan-out on each driver: a NOTIFY committed on one connection reaches the
// subscribers of that tenant, and never a subscriber of another tenant.
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EventHub } from "@/lib/events/event-hub";
import {
  createEventDatabase,
  drivers,
  type EventDatabase,
  seedTenant,
  storeEvent,
  type TenantFixture,
} from "./event-database";

const waitFor = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
};
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe.each(drivers)("event hub on %s", (driver) => {
  let database: EventDatabase;
  let hub: EventHub;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    database = await createEventDatabase(driver);
    a = await seedTenant(database, "ferreteria");
    b = await seedTenant(database, "panaderia");
  });
  afterEach(() => hub?.close());
  afterAll(() => database?.dispose());

  it("delivers a stored event to its tenant's subscribers only", async () => {
    hub = new EventHub(database.source());
    const gotA: number[] = [];
    const gotA2: number[] = [];
    const gotB: number[] = [];
    await hub.subscribe(a.tenantId, { onEvent: (id) => gotA.push(id), onResync: () => {} });
    await hub.subscribe(a.tenantId, { onEvent: (id) => gotA2.push(id), onResync: () => {} });
    await hub.subscribe(b.tenantId, { onEvent: (id) => gotB.push(id), onResync: () => {} });

    const id = await storeEvent(database, a, "message_created", { id: 1 });
    await waitFor(() => gotA.length === 1 && gotA2.length === 1);
    expect(gotA).toEqual([id]);
    expect(gotA2).toEqual([id]);
    await settle();
    expect(gotB).toEqual([]);
  });

  it("does not notify for a duplicate delivery", async () => {
    hub = new EventHub(database.source());
    const got: number[] = [];
    await hub.subscribe(a.tenantId, { onEvent: (id) => got.push(id), onResync: () => {} });
    const first = await storeEvent(database, a, "message_created", { id: 2 }, "delivery-dup");
    const second = await storeEvent(database, a, "message_created", { id: 2 }, "delivery-dup");
    expect(second).toBeNull();
    await waitFor(() => got.length >= 1);
    await settle();
    expect(got).toEqual([first]);
  });

  it("hears a NOTIFY sent by hand on another connection, and ignores malformed payloads", async () => {
    hub = new EventHub(database.source());
    const got: number[] = [];
    await hub.subscribe(b.tenantId, { onEvent: (id) => got.push(id), onResync: () => {} });
    await database.db.execute(sql`select pg_notify('hub_events', 'not json')`);
    await database.db.execute(
      sql`select pg_notify('hub_events', ${JSON.stringify({ tenantId: b.tenantId, eventId: 999 })})`,
    );
    await waitFor(() => got.length === 1);
    expect(got).toEqual([999]);
  });

  it("stops delivering after unsubscribe and forgets the tenant", async () => {
    hub = new EventHub(database.source());
    const got: number[] = [];
    const unsubscribe = await hub.subscribe(a.tenantId, { onEvent: (id) => got.push(id), onResync: () => {} });
    expect(hub.subscriberCount(a.tenantId)).toBe(1);
    unsubscribe();
    expect(hub.subscriberCount()).toBe(0);
    await storeEvent(database, a, "message_created", { id: 3 });
    await settle();
    expect(got).toEqual([]);
  });

  it("keeps nothing of a thousand tenants that opened a stream and left", async () => {
    hub = new EventHub(database.source());
    const leave: (() => void)[] = [];
    for (let i = 0; i < 1_000; i++) {
      leave.push(await hub.subscribe(`tenant-${i}`, { onEvent: () => {}, onResync: () => {} }));
    }
    expect(hub.tenantCount()).toBe(1_000);
    for (const unsubscribe of leave) unsubscribe();
    // Leaving twice (a stream closed by the client and by its lifetime) counts once.
    leave[0]();
    expect(hub.subscriberCount()).toBe(0);
    expect(hub.tenantCount()).toBe(0);
  });

  it("refuses a stream past its tenant's limit or the process's, and takes one again once another leaves", async () => {
    hub = new EventHub(database.source(), { perTenant: 2, perProcess: 3 });
    const quiet = () => ({ onEvent: () => {}, onResync: () => {} });
    const first = await hub.subscribe(a.tenantId, quiet());
    await hub.subscribe(a.tenantId, quiet());
    await expect(hub.subscribe(a.tenantId, quiet())).rejects.toMatchObject({
      name: "SubscriberLimitError",
      scope: "tenant",
    });
    await hub.subscribe(b.tenantId, quiet());
    await expect(hub.subscribe("another-tenant", quiet())).rejects.toMatchObject({ scope: "process" });
    expect(hub.subscriberCount()).toBe(3);
    first();
    await hub.subscribe(a.tenantId, quiet());
    expect(hub.subscriberCount(a.tenantId)).toBe(2);
  });

  it.runIf(driver === "postgres")(
    "resyncs its streams when the listening connection drops, and keeps listening",
    async () => {
      hub = new EventHub(database.source());
      const got: number[] = [];
      let resyncs = 0;
      await hub.subscribe(a.tenantId, { onEvent: (id) => got.push(id), onResync: () => resyncs++ });
      // What a database restart or a pooler recycling the session looks like to the listener.
      await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
      );
      await waitFor(() => resyncs === 1, 10_000);
      const id = await storeEvent(database, a, "message_created", { id: 4 });
      await waitFor(() => got.includes(id as number));
    },
  );
});
