// `npm run bench`: performance figures of a production build against the sandbox, offline.
//   --reuse-build   use .next-bench as it is when it holds a build
//   --check         exit 1 when a figure breaks bench/budgets.json
//   --compare       show each figure beside bench/baseline.json
//   --only=a,b      run some parts: weight, proxy, send, ingest, browser, memory, rls, soak
//   --db=pglite|postgres   run the Hub on one database only (default: both, PostgreSQL when a server answers)
//   --soak          add the soak (sustained load while workspaces join, RSS over time), on PostgreSQL
//   --soak-minutes=N   its length (default 10)
//   --quick         short runs, to try the bench itself (figures are not comparable)
//   --profile       write a CPU profile of each next start to bench/profiles (see bench/profile-summary.ts)
// Flags that take a value accept it after `=` or as the next argument.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { openDatabase } from "../lib/db/open";
import { browserTimings } from "./browser";
import {
  conversationScale,
  dataDir,
  distDir,
  hubPort,
  hubUrl,
  root,
  sandboxPort,
  sandboxUrl,
  serverSecrets,
} from "./context";
import {
  type DatabaseName,
  databaseNames,
  databaseTitle,
  type HubDatabase,
  openHubDatabase,
  postgresServerUrl,
} from "./databases";
import { Recorder, type Results } from "./figures";
import { chatwootWebhookOf, createIdentity, type Identity, IdentityPool, keepOnlyWebhookOf } from "./hub-session";
import { pageWeight } from "./page-weight";
import { type Service, startService, treeRssMb, waitForUrl } from "./processes";
import { proxyOverhead } from "./proxy-overhead";
import { type Budgets, budgetBreaches, readJson, renderTable } from "./report";
import { prepareRls } from "./rls-cost";
import { sendPath } from "./send-path";
import { soak } from "./soak";
import { round } from "./stats";
import { type IngestRun, recordIngestRows, webhookIngest } from "./webhook-ingest";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
function option(name: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}
const only = option("only")?.split(",");
const soakMinutes = Number(option("soak-minutes") ?? 10);
const soakWanted = flag("soak") || option("soak-minutes") !== undefined || Boolean(only?.includes("soak"));
const runs = (part: string) => (part === "soak" ? soakWanted : !only || only.includes(part));
const quick = flag("quick");
const dbOption = option("db");
if (dbOption !== undefined && !databaseNames.includes(dbOption as DatabaseName)) {
  console.error(`--db takes one of ${databaseNames.join(", ")} (got ${dbOption})`);
  process.exit(2);
}
if (!(soakMinutes > 0)) {
  console.error(`--soak-minutes takes a positive number of minutes (got ${option("soak-minutes")})`);
  process.exit(2);
}

process.chdir(root);
const started = Date.now();
const recorder = new Recorder();
const note = (text: string) => recorder.note(text);
const services: Service[] = [];
/** Databases to drop, newest first, once the servers using them have stopped. */
const disposals: (() => Promise<void>)[] = [];

async function stopAll() {
  for (const service of services.reverse()) await service.stop();
  services.length = 0;
}

/** Stops every server, then drops every database the bench created; also after a failure or Ctrl-C. */
async function cleanUp() {
  await stopAll();
  while (disposals.length) {
    const dispose = disposals.pop() as () => Promise<void>;
    try {
      await dispose();
    } catch (error) {
      console.error(`could not drop a bench database: ${error instanceof Error ? error.message : error}`);
    }
  }
}

async function openDatabaseFor(name: DatabaseName, purpose: string): Promise<HubDatabase> {
  const database = await openHubDatabase(name, purpose);
  disposals.push(database.dispose);
  return database;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the servers and dropping the bench databases`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function step(title: string) {
  console.log(`\n== ${title} (${round((Date.now() - started) / 1000, 0)} s) ==`);
}

async function build() {
  if (flag("reuse-build") && existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`reusing the build in ${distDir}`);
    return;
  }
  console.log(`production build in ${distDir}`);
  // Next rewrites tsconfig.json's include list during a build; the file is put back as it was.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  // Tracked like the servers, so an interrupted bench does not leave a build running.
  services.push({ name: "next build", child, stop: async () => void child.kill("SIGTERM") });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  services.splice(
    services.findIndex((s) => s.child === child),
    1,
  );
  if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  if (code !== 0) throw new Error(`next build failed (${code})`);
}

/** `memoryFile`: where the server itself writes its memory figures (bench/memory-probe.cjs). */
async function startServers(database: HubDatabase, options: { memoryFile?: string } = {}) {
  step(
    `sandbox (${conversationScale.toLocaleString("en-US")} conversations) on ${sandboxPort}, next start on ${hubPort} on ${databaseTitle[database.name]}`,
  );
  const sandbox = startService(
    "sandbox",
    ["--import", "tsx", "sandbox/main.ts", "--scale", String(conversationScale)],
    { SANDBOX_PORT: String(sandboxPort) },
    { quiet: true },
  );
  services.push(sandbox);
  const hub = startService(
    "next start",
    [
      ...(options.memoryFile ? ["--require", "./bench/memory-probe.cjs"] : []),
      ...(flag("profile") ? ["--cpu-prof", `--cpu-prof-dir=${path.join(root, "bench", "profiles")}`] : []),
      "node_modules/next/dist/bin/next",
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(hubPort),
    ],
    {
      ...(options.memoryFile ? { BENCH_MEMORY_FILE: options.memoryFile } : {}),
      ...serverSecrets,
      ...database.env,
      NEXT_DIST_DIR: distDir,
      DATA_DIR: dataDir,
      APP_URL: hubUrl,
      INSECURE_COOKIES: "1",
      // The bench signs up every identity it measures from this one loopback address.
      SIGN_UPS_PER_ADDRESS_PER_HOUR: "100000",
      ALLOW_PRIVATE_UPSTREAMS: "1",
      SANDBOX_PORT: String(sandboxPort),
      LOG_LEVEL: "error",
      NEXT_TELEMETRY_DISABLED: "1",
      // Server-Timing spans for the proxy part's breakdown (lib/server-timing.ts).
      SERVER_TIMING: "1",
    },
  );
  services.push(hub);
  await Promise.all([
    waitForUrl(`${sandboxUrl}/__sandbox`, 60_000, sandbox),
    waitForUrl(`${hubUrl}/api/health`, 120_000, hub),
  ]);
  return hub;
}

/**
 * Requests a load run left behind keep the server busy after the client gave up on them; the next part
 * starts once the Hub answers its health check promptly again, so it does not pay for the last one.
 */
async function settle() {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${hubUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      if (res.ok && performance.now() - t0 < 500) return;
    } catch {
      // Still busy.
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  note("the Hub was still busy 90 s after the previous part");
}

/** The webhook rows of the ingest run, read from the app's own database once the server let go of it. */
async function ingestRowKeys(run: IngestRun, hubDatabase: HubDatabase): Promise<string[]> {
  const database = openDatabase(hubDatabase.url ? { url: hubDatabase.url, poolSize: 1 } : { dataDir });
  try {
    const rows = await database.raw.query<{ key: string }>(
      "select payload->>'id' as key from webhook_events where tenant_id = $1 and event = 'message_created' and (payload->>'id')::bigint >= 900000000",
      [run.tenantId],
    );
    return rows.map((r) => r.key);
  } finally {
    await database.close();
  }
}

/** The Hub's parts (proxy, send, ingest, browser, memory) on one database, on servers of their own. */
async function hubParts(db: DatabaseName) {
  const database = await openDatabaseFor(db, "parts");
  const section = (title: string) => recorder.section(title, db);
  let ingestRun: IngestRun | null = null;
  const hub = await startServers(database);
  const memory = section("7. Memory of next start (RSS, process tree)");
  memory("memory.rss_idle", "RSS after start", round(treeRssMb(hub.child.pid as number), 0), "MB");

  step("identities: sign-up, workspace, sandbox connections through the API");
  const main: Identity = await createIdentity("main", "all");
  const webhook = await chatwootWebhookOf(main);
  const poolSize = quick ? 4 : 16;
  const identities: Identity[] = [];
  for (let i = 0; i < poolSize; i += 4) {
    const batch = Array.from({ length: Math.min(4, poolSize - i) }, (_, j) =>
      createIdentity(`load${i + j}`, "chatwoot"),
    );
    identities.push(...(await Promise.all(batch)));
  }
  await keepOnlyWebhookOf(webhook.url);
  const pool = new IdentityPool(identities);

  if (runs("proxy")) {
    await settle();
    step("1. proxy overhead: conversation list, Hub vs direct");
    await proxyOverhead(section("1. Proxy overhead: conversation list"), note, pool, {
      rounds: quick ? 1 : 3,
      seconds: quick ? 1 : 3,
    });
  }
  if (runs("send")) {
    await settle();
    step("2. send path: a reply, Hub vs direct");
    await sendPath(section("2. Send path: one reply"), note, pool, {
      rounds: quick ? 2 : 4,
      perRound: quick ? 10 : 30,
      maxSecondsPerRound: quick ? 5 : 15,
    });
  }
  if (runs("ingest")) {
    await settle();
    step("3. webhook ingest");
    ingestRun = await webhookIngest(
      section("3. Webhook ingest: signed message_created"),
      note,
      { ...webhook, tenantId: main.tenantId },
      { events: quick ? 300 : 5_000, duplicateShare: 0.2, concurrency: 20, maxSeconds: quick ? 5 : 30 },
    );
  }
  if (runs("browser")) {
    await settle();
    step("6. browser (Chromium)");
    await browserTimings(section("6. Browser: Mensajes in Chromium"), note, main, {
      repeats: quick ? 2 : 5,
      scrollRows: quick ? 300 : 2_500,
      scrollSeconds: quick ? 10 : 30,
    });
  }
  memory("memory.rss_after_load", "RSS after the load runs", round(treeRssMb(hub.child.pid as number), 0), "MB");
  await stopAll();
  if (ingestRun) {
    recordIngestRows(
      section("3. Webhook ingest: signed message_created"),
      ingestRun,
      await ingestRowKeys(ingestRun, database),
    );
  }
  await database.dispose();
}

/** Which databases the Hub runs on: --db, else both, PGlite alone (with a note) when no server answers. */
async function hubDatabases(): Promise<DatabaseName[]> {
  if (dbOption) return [dbOption as DatabaseName];
  if (await postgresServerUrl()) return [...databaseNames];
  note(
    "PostgreSQL: skipped, no server (set TEST_DATABASE_URL or run one on 127.0.0.1:5432); the Hub ran on PGlite only",
  );
  return ["pglite"];
}

async function main() {
  const databases = await hubDatabases();
  // RLS is measured on PostgreSQL only; --db pglite leaves it out.
  const rlsWanted = runs("rls") && databases.includes("postgres");
  // Neither the build nor the seeding of the RLS database is timed, so they share the machine.
  step(rlsWanted ? "build, and seeding PostgreSQL for the RLS part" : "build");
  const [rls] = await Promise.all([rlsWanted ? prepareRls(note, { quick }) : null, build()]);
  if (rls) disposals.push(rls.dispose);
  if (runs("weight")) {
    step("5. page weight");
    pageWeight(recorder.section("5. First-load JS per route (gzip)"));
  }

  if (["proxy", "send", "ingest", "browser", "memory"].some(runs)) {
    for (const db of databases) {
      step(`the Hub on ${databaseTitle[db]}`);
      await hubParts(db);
    }
  }

  if (rls) {
    step("4. RLS cost on PostgreSQL");
    await rls.measure(recorder.section("4. RLS cost on PostgreSQL: contacts", "postgres"));
  }

  if (runs("soak")) {
    // On PostgreSQL, what production runs, unless --db pglite asks for PGlite.
    const db: DatabaseName = databases.includes("postgres") ? "postgres" : "pglite";
    step(`8. soak: ${soakMinutes} min on ${databaseTitle[db]}`);
    const database = await openDatabaseFor(db, "soak");
    const memoryFile = path.join(dataDir, "soak-memory.jsonl");
    const hub = await startServers(database, { memoryFile });
    await soak(recorder.section("8. Soak: sustained load while workspaces join", db), note, hub.child.pid as number, {
      memoryFile,
      minutes: soakMinutes,
      connections: 10,
      initialWorkspaces: quick ? 4 : 16,
      joinEverySeconds: 2,
      activeWorkspaces: 64,
    });
    await stopAll();
    await database.dispose();
  }

  const results: Results = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: round((Date.now() - started) / 1000, 0),
    machine: { cpus: cpus().length, node: process.version, platform: process.platform },
    // Sections in the issue's order, whatever order the parts ran in.
    figures: [...recorder.figures].sort((a, b) => a.section.localeCompare(b.section, "en", { numeric: true })),
    notes: recorder.notes,
  };
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);

  const budgets = readJson<Budgets>("bench/budgets.json") ?? {};
  const baseline = flag("compare") ? readJson<Results>("bench/baseline.json") : null;
  if (flag("compare") && !baseline) console.log("bench/baseline.json is missing: nothing to compare with");
  console.log(renderTable(results, budgets, baseline));
  if (results.notes.length) console.log(`\nNotes:\n${results.notes.map((n) => `- ${n}`).join("\n")}`);
  console.log(`\nTotal ${results.durationSeconds} s · results in bench/results.json`);

  const breaches = budgetBreaches(results.figures, budgets);
  if (breaches.length) console.log(`\nBudget breaches:\n${breaches.map((b) => `- ${b}`).join("\n")}`);
  if (flag("check") && breaches.length) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
