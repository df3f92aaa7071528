// The SSE stream without Next: replay after Last-Event-ID, live events of its tenant only, reads
// under RLS, heartbeats, and no subscription left behind when the client goes away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventHub } from "@/lib/events/event-hub";
import { openEventStream } from "@/lib/events/event-stream";
import type { NotificationHandlers, NotificationSource } from "@/lib/events/notification-source";
import {
  adminClaims,
  createEventDatabase,
  drivers,
  type EventDatabase,
  runnerFor,
  seedTenant,
  storeEvent,
  type TenantFixture,
} from "./event-database";
import { SseReader } from "./sse-reader";

describe.each(drivers)("event stream on %s", (driver) => {
  let database: EventDatabase;
  let hub: EventHub;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    database = await createEventDatabase(driver);
    hub = new EventHub(database.source());
    a = await seedTenant(database, "ferreteria");
    b = await seedTenant(database, "panaderia");
  });
  afterAll(async () => {
    await hub?.close();
    await database?.dispose();
  });

  async function open(
    t: TenantFixture,
    lastEventId: number | null = null,
    claims = adminClaims(t),
    replayLimit?: number,
  ) {
    const abort = new AbortController();
    const stream = await openEventStream({
      hub,
      tenantId: t.tenantId,
      run: runnerFor(database, claims),
      lastEventId,
      signal: abort.signal,
      heartbeatMs: 100,
      replayLimit,
    });
    const reader = new SseReader(stream);
    await reader.next((f) => f.event === "ready");
    return { reader, abort };
  }

  const inbound = (messageId: number, conversationId = 7) => ({
    id: messageId,
    message_type: "incoming",
    content: `Mensaje ${messageId}`,
    conversation: { id: conversationId },
  });

  it("streams its tenant's events as normalized frames and never another tenant's", async () => {
    const sa = await open(a);
    const sb = await open(b);
    const idB = await storeEvent(database, b, "message_created", inbound(20, 3));
    const idA = await storeEvent(database, a, "message_created", inbound(10));

    const frame = await sa.reader.next((f) => f.id !== null, 3000);
    expect(frame.id).toBe(String(idA));
    expect(frame.event).toBe("message.created");
    expect(frame.json).toMatchObject({
      id: idA,
      kind: "message.created",
      chatwootEvent: "message_created",
      conversationId: 7,
      messageId: 10,
      messageType: "incoming",
    });

    expect((await sb.reader.next((f) => f.id !== null, 3000)).id).toBe(String(idB));
    const seenByA = await sa.reader.eventsWithin(300);
    expect(seenByA.map((f) => f.id)).toEqual([String(idA)]);
    sa.abort.abort();
    sb.abort.abort();
  });

  it("replays what was missed after Last-Event-ID, then continues live without repeating", async () => {
    const before = await storeEvent(database, a, "message_created", inbound(30));
    const missed1 = await storeEvent(database, a, "conversation_status_changed", { id: 7, status: "resolved" });
    await storeEvent(database, b, "message_created", inbound(31, 4));
    const missed2 = await storeEvent(database, a, "message_updated", {
      id: 30,
      message_type: 0,
      status: "read",
      conversation: { id: 7 },
    });

    const s = await open(a, before);
    const replayed = s.reader.frames.filter((f) => f.id !== null);
    expect(replayed.map((f) => f.id)).toEqual([String(missed1), String(missed2)]);
    expect(replayed.map((f) => f.event)).toEqual(["conversation.updated", "message.updated"]);

    const live = await storeEvent(database, a, "contact_created", { id: 500, name: "Ana Pérez" });
    const next = await s.reader.next((f) => f.id !== null, 3000);
    expect(next).toMatchObject({ id: String(live), event: "contact.created" });
    const all = await s.reader.eventsWithin(200);
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    s.abort.abort();
  });

  it("reads under RLS: a user of another tenant sees nothing even when asking for this tenant", async () => {
    await storeEvent(database, a, "message_created", inbound(40));
    // B's admin claiming tenant A: the stream's explicit filter says A, the policies say no.
    const s = await open(a, 0, { sub: b.userId, tenant_id: a.tenantId, tenant_role: "admin" });
    await storeEvent(database, a, "message_created", inbound(41));
    expect(await s.reader.eventsWithin(400)).toEqual([]);
    s.abort.abort();
  });

  it("sends heartbeats and releases its subscription when the client goes away", async () => {
    const before = hub.subscriberCount(a.tenantId);
    const s = await open(a);
    expect(hub.subscriberCount(a.tenantId)).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 250));
    expect(s.reader.comments.filter((c) => c === "ping").length).toBeGreaterThanOrEqual(2);
    s.abort.abort();
    await new Promise((r) => setTimeout(r, 20));
    expect(hub.subscriberCount(a.tenantId)).toBe(before);
    expect(s.reader.closed).toBe(true);

    const other = await open(a);
    await other.reader.cancel();
    expect(hub.subscriberCount(a.tenantId)).toBe(before);
  });

  it("says reset and sends the newest ones when more were missed than it replays", async () => {
    const start = await storeEvent(database, b, "message_created", inbound(1, 9));
    const ids: (number | null)[] = [];
    for (let i = 0; i < 4; i++) ids.push(await storeEvent(database, b, "message_created", inbound(100 + i, 9)));
    const s = await open(b, start, adminClaims(b), 2);
    expect(s.reader.frames.map((f) => f.event).slice(0, 1)).toEqual(["reset"]);
    expect(s.reader.frames.filter((f) => f.id !== null).map((f) => f.id)).toEqual(ids.slice(2).map(String));
    s.abort.abort();
  });

  it("catches up from its last id after the listener reconnects", async () => {
    // A source that can go deaf, as a dropped LISTEN connection is, and report its reconnection.
    let deaf = false;
    let handlers: NotificationHandlers | undefined;
    const inner = database.source();
    const flaky: NotificationSource = {
      start: (h) => {
        handlers = h;
        return inner.start({ onNotify: (p) => deaf || h.onNotify(p), onReconnect: h.onReconnect });
      },
    };
    const flakyHub = new EventHub(flaky);
    const abort = new AbortController();
    const stream = await openEventStream({
      hub: flakyHub,
      tenantId: a.tenantId,
      run: runnerFor(database, adminClaims(a)),
      lastEventId: null,
      signal: abort.signal,
    });
    const reader = new SseReader(stream);
    await reader.next((f) => f.event === "ready");
    const seen = await storeEvent(database, a, "message_created", inbound(60));
    await reader.next((f) => f.id === String(seen), 3000);

    deaf = true;
    const missed = await storeEvent(database, a, "message_created", inbound(61));
    await new Promise((r) => setTimeout(r, 200));
    expect(reader.frames.some((f) => f.id === String(missed))).toBe(false);
    deaf = false;
    handlers?.onReconnect();
    expect((await reader.next((f) => f.id !== null, 3000)).id).toBe(String(missed));
    abort.abort();
    await flakyHub.close();
  });
});
