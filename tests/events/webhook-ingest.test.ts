// Chatwoot webhooks through the route handler, on a real database (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): what the signature covers decides what is a new event, and an upstream
// character Postgres cannot store never costs the event.
import { createHmac, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/chatwoot/[integrationId]/route";
import type { Database } from "@/lib/db/open";
import { contactSources, tenantIntegrations, webhookEvents } from "@/lib/db/schema";
import { EventHub } from "@/lib/events/event-hub";
import { sealWebhookSecrets } from "@/lib/integrations/store/sealed-fields";
import { createEventDatabase, drivers, type EventDatabase, seedTenant, type TenantFixture } from "./event-database";

const globalDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };
const secret = "chatwoot-signing-secret";

const waitFor = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.each(drivers)("Chatwoot webhook ingest on %s", (driver) => {
  let database: EventDatabase;
  let tenant: TenantFixture;
  let hub: EventHub | undefined;

  beforeAll(async () => {
    database = await createEventDatabase(driver);
    globalDb.__hubDatabase = Promise.resolve(database);
    tenant = await seedTenant(database, "ferreteria");
    await database.db
      .update(tenantIntegrations)
      .set({
        webhookSecretEncrypted: sealWebhookSecrets(tenant.tenantId, { urlToken: "url-token", signingSecret: secret }),
      })
      .where(eq(tenantIntegrations.id, tenant.integrationId));
  });
  afterEach(() => hub?.close());
  afterAll(async () => {
    globalDb.__hubDatabase = undefined;
    await database?.dispose();
  });

  /** A delivery as Chatwoot sends it: HMAC over "{timestamp}.{body}", with a delivery id or none. */
  function deliver(body: string, timestamp: number, delivery: string | null) {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-chatwoot-timestamp": String(timestamp),
      "x-chatwoot-signature": `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`,
    };
    if (delivery !== null) headers["x-chatwoot-delivery"] = delivery;
    const url = `http://localhost/api/webhooks/chatwoot/${tenant.integrationId}`;
    return POST(new NextRequest(url, { method: "POST", headers, body }), {
      params: Promise.resolve({ integrationId: tenant.integrationId }),
    });
  }

  const messageBody = (messageId: number, content: string) =>
    JSON.stringify({
      event: "message_created",
      id: messageId,
      content,
      message_type: "incoming",
      created_at: new Date().toISOString(),
      conversation: { id: 7 },
      sender: { name: "Marcela Soto" },
    });

  const storedFor = (messageId: number) =>
    database.db
      .select({ payload: webhookEvents.payload })
      .from(webhookEvents)
      .where(and(eq(webhookEvents.tenantId, tenant.tenantId), eq(webhookEvents.event, "message_created")))
      .then((rows) => rows.filter((r) => (r.payload as { id?: unknown }).id === messageId));

  it("stores a signed body replayed with another delivery id, and with none, once", async () => {
    const body = messageBody(9001, "¿Tienen cemento?");
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await deliver(body, timestamp, randomUUID());
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const otherId = await deliver(body, timestamp, randomUUID());
    expect(await otherId.json()).toEqual({ received: true, duplicate: true });
    const noId = await deliver(body, timestamp, null);
    expect(await noId.json()).toEqual({ received: true, duplicate: true });
    expect(await storedFor(9001)).toHaveLength(1);
  });

  it("stores a contact delivery and merges the contact in the same transaction, under the tenant's claim", async () => {
    const body = JSON.stringify({
      event: "contact_created",
      id: 777_001,
      name: "Rosa Vidal",
      email: "rosa.vidal@example.cl",
      phone_number: "+56911112222",
    });
    const res = await deliver(body, Math.floor(Date.now() / 1000), randomUUID());
    expect(await res.json()).toEqual({ received: true, duplicate: false });
    const links = await database.db
      .select({ contactId: contactSources.contactId })
      .from(contactSources)
      .where(and(eq(contactSources.tenantId, tenant.tenantId), eq(contactSources.externalId, "777001")));
    expect(links).toHaveLength(1);
    const events = await database.db
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(and(eq(webhookEvents.tenantId, tenant.tenantId), eq(webhookEvents.event, "contact_created")));
    expect(events).toHaveLength(1);
  });

  it("keeps two different signed events of one message apart, even within the same second", async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const delivered = { event: "message_updated", id: 9002, status: "delivered", conversation: { id: 7 } };
    const read = { ...delivered, status: "read" };
    const a = await deliver(JSON.stringify(delivered), timestamp, null);
    const b = await deliver(JSON.stringify(read), timestamp, null);
    expect(await a.json()).toEqual({ received: true, duplicate: false });
    expect(await b.json()).toEqual({ received: true, duplicate: false });
  });

  it("stores a delivery whose content holds NUL and lone surrogates, without them, and notifies its stream", async () => {
    hub = new EventHub(database.source());
    const heard: number[] = [];
    await hub.subscribe(tenant.tenantId, { onEvent: (id) => heard.push(id), onResync: () => {} });
    // JSON.stringify writes "\u0000" and "\ud83d" as escapes, exactly as Chatwoot's JSON does.
    const body = messageBody(9003, "Hola\u0000, ¿despacho a Maipú? \ud83d");
    expect(body).toContain("\\u0000");
    const res = await deliver(body, Math.floor(Date.now() / 1000), randomUUID());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, duplicate: false });
    const rows = await storedFor(9003);
    expect(rows.map((r) => (r.payload as { content?: string }).content)).toEqual(["Hola, ¿despacho a Maipú? "]);
    await waitFor(() => heard.length === 1);
  });
});
