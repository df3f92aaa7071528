// A migrated database for the live-event tests plus what LISTEN needs: PGlite's own client, or the
// URL of a throwaway database on TEST_DATABASE_URL's server (LISTEN needs its own session there).
import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { type Claims, runWithClaims } from "@/lib/db/claims";
import { migrate } from "@/lib/db/migrate";
import { type Database, openDatabase, type Tx } from "@/lib/db/open";
import { tenantIntegrations, tenantMembers, tenants, users, webhookEvents } from "@/lib/db/schema";
import {
  type NotificationSource,
  type PgliteListenClient,
  pgliteNotificationSource,
  postgresNotificationSource,
} from "@/lib/events/notification-source";
import type { TenantRunner } from "@/lib/events/read-tenant-events";

export type DriverName = "pglite" | "postgres";
export const drivers: DriverName[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export type EventDatabase = Database & {
  url: string | null;
  /** A listener on `channel`, the live events' by default. */
  source(channel?: string): NotificationSource;
  dispose(): Promise<void>;
};

export async function createEventDatabase(driver: DriverName): Promise<EventDatabase> {
  if (driver === "pglite") {
    const database = openDatabase({ memory: true });
    await migrate(database);
    const client = (database.db as unknown as { $client: PgliteListenClient }).$client;
    return {
      ...database,
      url: null,
      source: (channel) => pgliteNotificationSource(client, channel),
      dispose: () => database.close(),
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const url = await createServerDatabase(serverUrl);
  const database = openDatabase({ url: url.toString(), poolSize: 4 });
  await migrate(database);
  return {
    ...database,
    url,
    source: (channel) => postgresNotificationSource(url, channel),
    dispose: async () => {
      await database.close();
      await dropServerDatabase(serverUrl, url);
    },
  };
}

/** A fresh, empty database on the server; the caller migrates it. */
export async function createServerDatabase(serverUrl: string): Promise<string> {
  const name = `hub_events_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropServerDatabase(serverUrl: string, url: string) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
  await admin.end();
}

export type TenantFixture = { tenantId: string; integrationId: string; userId: string };

/** A tenant with one active admin and a Chatwoot integration row, seeded as the privileged owner. */
export async function seedTenant(database: Database, label: string): Promise<TenantFixture> {
  const { db } = database;
  const slug = `${label}-${randomBytes(3).toString("hex")}`;
  const userId = `user-${slug}`;
  await db.insert(users).values({ id: userId, email: `${slug}@example.cl`, name: label });
  const [tenant] = await db
    .insert(tenants)
    .values({ slug, legalName: `Empresa ${label}` })
    .returning({ id: tenants.id });
  await db.insert(tenantMembers).values({ tenantId: tenant.id, userId, email: `${slug}@example.cl`, role: "admin" });
  const [integration] = await db
    .insert(tenantIntegrations)
    .values({ tenantId: tenant.id, kind: "chatwoot", baseUrl: "http://127.0.0.1:4199/chatwoot" })
    .returning({ id: tenantIntegrations.id });
  return { tenantId: tenant.id, integrationId: integration.id, userId };
}

/** Stores a webhook event the way ingest does (privileged insert, duplicates ignored); null for a duplicate. */
export async function storeEvent(
  database: Database,
  t: TenantFixture,
  event: string,
  payload: Record<string, unknown>,
  key: string = randomUUID(),
): Promise<number | null> {
  const [row] = await database.db
    .insert(webhookEvents)
    .values({
      tenantId: t.tenantId,
      integrationId: t.integrationId,
      deliveryKey: key,
      event,
      payload: { event, ...payload },
    })
    .onConflictDoNothing()
    .returning({ id: webhookEvents.id });
  return row?.id ?? null;
}

/** What withTenant does in a request, on the test database. */
export function runnerFor(database: Database, claims: Claims): TenantRunner {
  return <T>(fn: (tx: Tx) => Promise<T>) => runWithClaims(database.db, claims, fn);
}

export const adminClaims = (t: TenantFixture): Claims => ({
  sub: t.userId,
  tenant_id: t.tenantId,
  tenant_role: "admin",
});
