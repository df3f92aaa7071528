import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationFiles } from "@/lib/db/migrate";
import { createServerDatabase, dropServerDatabase } from "../events/event-database";
import { type NextInstance, requireProductionBuild, startNextStart, stopNextStart } from "../support/next-start";

const serverUrl = process.env.TEST_DATABASE_URL;
requireProductionBuild();
const skipReason = !serverUrl ? "TEST_DATABASE_URL is not set" : null;
if (skipReason) console.info(`migrate at start: skipped (${skipReason})`);

const shipped = migrationFiles().map((file) => file.slice(0, 14));
const latest = shipped[shipped.length - 1];

type Instance = NextInstance;

// The first answer from the server, whatever its status: the test judges it.
const startInstance = (databaseUrl: string, outboxUrl: string): Promise<Instance> =>
  startNextStart({
    DATABASE_URL: databaseUrl,
    DATABASE_DIRECT_URL: "",
    APP_ENCRYPTION_KEY: "migrate-at-start-test-key-0123456789abcdef",
    ALLOW_PRIVATE_UPSTREAMS: "1",
    INSECURE_COOKIES: "1",
    // Where the background sender delivers the sign-up mails (a production build has no log transport).
    OUTBOX_WEBHOOK_URL: outboxUrl,
    // info, so the start-up migration's own line shows which instance applied what.
    LOG_LEVEL: "info",
  });

/** A stand-in for the delivery webhook: records each message's JSON and answers 204. */
async function startOutboxReceiver() {
  const received: { template: string; tenantId: string | null; recipient: string }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/outbox`, received, close: () => server.close() };
}
const stopInstance = stopNextStart;

/** The JSON log lines an instance wrote. */
const logLines = (instance: Instance) =>
  instance.output
    .join("")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: string; msg: string; applied?: number; version?: string });

describe.skipIf(skipReason !== null)("a production start on an unmigrated PostgreSQL database", () => {
  let databaseUrl: string;
  let a: Instance;
  let b: Instance;
  let receiver: Awaited<ReturnType<typeof startOutboxReceiver>>;

  beforeAll(async () => {
    databaseUrl = await createServerDatabase(serverUrl as string);
    receiver = await startOutboxReceiver();
    // No `npm run db:migrate`: both instances start at once on the empty database.
    [a, b] = await Promise.all([startInstance(databaseUrl, receiver.url), startInstance(databaseUrl, receiver.url)]);
  }, 180_000);

  afterAll(async () => {
    stopInstance(a);
    stopInstance(b);
    receiver?.close();
    if (databaseUrl && serverUrl) await dropServerDatabase(serverUrl, databaseUrl);
  }, 60_000);

  it("both instances come up migrated, /api/health names the version, and each migration applied once", async () => {
    for (const instance of [a, b]) {
      // The very first answer already finds the schema current: the server did not serve before it was.
      expect(instance.health.status, instance.output.join("")).toBe(200);
      expect(await instance.health.json()).toMatchObject({
        status: "ok",
        database: { status: "ok", schema: { status: "current", applied: latest, shipped: latest, pending: 0 } },
      });
    }
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<
        { version: string }[]
      >`select version from supabase_migrations.schema_migrations order by version`;
      expect(rows.map((r) => r.version)).toEqual(shipped);
    } finally {
      await sql.end();
    }
    // Between them the two instances applied every migration exactly once.
    const applied = [a, b].map(
      (instance) => logLines(instance).find((l) => l.msg === "database migrated at start")?.applied ?? 0,
    );
    expect(applied[0] + applied[1]).toBe(shipped.length);
  }, 60_000);

  it("both serve what needs the schema, and neither logs an error or a failed background job", async () => {
    const emails: string[] = [];
    for (const [instance, label] of [
      [a, "Instancia A"],
      [b, "Instancia B"],
    ] as const) {
      const email = `start-${label.slice(-1).toLowerCase()}-${Date.now()}@example.cl`;
      emails.push(email);
      const signUp = await fetch(`${instance.url}/api/auth/sign-up`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: instance.url },
        body: JSON.stringify({ name: label, email, password: "una-clave-segura-123" }),
      });
      expect(signUp.status, await signUp.clone().text()).toBeLessThan(300);
    }
    // The background jobs tick every 2 s: after two ticks, a schema they could not use would have shown.
    await new Promise((r) => setTimeout(r, 4_500));
    // Their sender delivered the sign-up mails, which belong to no tenant, once each.
    const delivered = receiver.received.filter((m) => emails.includes(m.recipient));
    expect(delivered.sort((x, y) => x.recipient.localeCompare(y.recipient))).toEqual(
      emails
        .sort()
        .map((recipient) => expect.objectContaining({ recipient, template: "sign_up_verification", tenantId: null })),
    );
    for (const instance of [a, b]) {
      const complaints = logLines(instance).filter((l) => l.level === "error" || l.level === "warn");
      expect(complaints, instance.output.join("")).toEqual([]);
      expect(instance.output.join("")).not.toMatch(/could not be brought up to date|error/i);
    }
  }, 60_000);
});
