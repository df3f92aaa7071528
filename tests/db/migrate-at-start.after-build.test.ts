// A production start on a fresh, never-migrated PostgreSQL database: two `next start` processes started
// at once migrate it together, each migration once, and neither logs an error; both then serve, and
// /api/health names the schema version.
// Runs after `next build` (npm test's last vitest step, VITEST_AFTER_BUILD=1) and needs
// TEST_DATABASE_URL; without a server it is skipped, without a build it fails.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationFiles } from "@/lib/db/migrate";
import { createServerDatabase, dropServerDatabase } from "../events/event-database";

const serverUrl = process.env.TEST_DATABASE_URL;
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!existsSync(path.join(process.cwd(), distDir, "BUILD_ID"))) {
  throw new Error(`no production build in ${distDir}: run \`npx next build\` first`);
}
const skipReason = !serverUrl ? "TEST_DATABASE_URL is not set" : null;
if (skipReason) console.info(`migrate at start: skipped (${skipReason})`);

const shipped = migrationFiles().map((file) => file.slice(0, 14));
const latest = shipped[shipped.length - 1];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

type Instance = { url: string; child: ChildProcess; output: string[]; health: Response };

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        DATABASE_DIRECT_URL: "",
        APP_ENCRYPTION_KEY: "migrate-at-start-test-key-0123456789abcdef",
        ALLOW_PRIVATE_UPSTREAMS: "1",
        INSECURE_COOKIES: "1",
        // info, so the start-up migration's own line shows which instance applied what.
        LOG_LEVEL: "info",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output.join("")}`);
    // The first answer from the server, whatever its status: the test judges it.
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health) return { url, child, output, health };
    if (Date.now() > deadline) throw new Error(`next start did not come up: ${output.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopInstance(instance: Instance | undefined) {
  if (!instance?.child.pid || instance.child.exitCode !== null) return;
  try {
    process.kill(-instance.child.pid, "SIGTERM");
  } catch {
    instance.child.kill("SIGTERM");
  }
}

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

  beforeAll(async () => {
    databaseUrl = await createServerDatabase(serverUrl as string);
    // No `npm run db:migrate`: both instances start at once on the empty database.
    [a, b] = await Promise.all([startInstance(databaseUrl), startInstance(databaseUrl)]);
  }, 180_000);

  afterAll(async () => {
    stopInstance(a);
    stopInstance(b);
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
    for (const [instance, label] of [
      [a, "Instancia A"],
      [b, "Instancia B"],
    ] as const) {
      const signUp = await fetch(`${instance.url}/api/auth/sign-up`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: instance.url },
        body: JSON.stringify({
          name: label,
          email: `start-${label.slice(-1).toLowerCase()}-${Date.now()}@example.cl`,
          password: "una-clave-segura-123",
        }),
      });
      expect(signUp.status, await signUp.clone().text()).toBeLessThan(300);
    }
    // The background jobs tick every 2 s: after two ticks, a schema they could not use would have shown.
    await new Promise((r) => setTimeout(r, 4_500));
    for (const instance of [a, b]) {
      const complaints = logLines(instance).filter((l) => l.level === "error" || l.level === "warn");
      expect(complaints, instance.output.join("")).toEqual([]);
      expect(instance.output.join("")).not.toMatch(/could not be brought up to date|error/i);
    }
  }, 60_000);
});
