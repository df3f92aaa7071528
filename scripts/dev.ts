// `npm run dev`: the whole product on a fresh machine — embedded database, sandbox, demo tenant, Hub.
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open";
import { env } from "../lib/env";
import { connectDemoIntegrations, waitForHealth } from "./connect-demo-integrations";
import { demo, seedDemo } from "./demo-seed";

process.env.ALLOW_PRIVATE_UPSTREAMS ??= "1";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const database = openDatabase({ url: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL, dataDir: env.DATA_DIR });
await migrate(database);
await seedDemo(database);
// PGlite allows one process per data folder: release it before Next opens it.
await database.close();

const children: ChildProcess[] = [];
const run = (name: string, args: string[]) => {
  const child = spawn("npx", args, { stdio: "inherit", env: process.env });
  child.on("exit", (code) => {
    if (code && code !== 0) console.error(`${name} stopped with code ${code}`);
    shutdown(code ?? 0);
  });
  children.push(child);
};

function shutdown(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

run("sandbox", ["tsx", "sandbox/main.ts"]);
run("next", ["next", "dev", "--port", String(env.PORT)]);

const hubUrl = `http://localhost:${env.PORT}`;
const sandboxUrl = `http://127.0.0.1:${env.SANDBOX_PORT}`;
try {
  await waitForHealth(hubUrl);
  // The first request also compiles the pages in development; the demo is ready after this.
  const results = await connectDemoIntegrations(hubUrl, sandboxUrl);
  console.log(`  Demo integrations: ${results.join(" · ")}`);
} catch (error) {
  console.error(`  Could not connect the demo integrations: ${error instanceof Error ? error.message : error}`);
}

console.log(`
  SmarterOS Hub    http://localhost:${env.PORT}
  Demo sign-in     ${demo.email} / ${demo.password}  (workspace /${demo.slug})
  Sandbox          http://127.0.0.1:${env.SANDBOX_PORT} (Chatwoot, Odoo, n8n simulators)
  Database         ${env.DATABASE_URL ? "DATABASE_URL" : `PGlite in ${env.DATA_DIR}`}
`);
