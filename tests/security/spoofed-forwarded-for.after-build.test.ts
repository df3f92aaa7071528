// Per-address throttling against a real `next start` with no proxy in front (TRUSTED_PROXY_HOPS=0,
// the default): a client that sends a fresh X-Forwarded-For and X-Real-IP on every request is still
// counted as the one TCP peer it is. Runs after `next build` (VITEST_AFTER_BUILD=1) on PGlite.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!existsSync(path.join(process.cwd(), distDir, "BUILD_ID"))) {
  throw new Error(`no production build in ${distDir}: run \`npx next build\` first`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const signUpsPerAddress = 3;
let child: ChildProcess | undefined;
let url = "";
const dataDir = mkdtempSync(path.join(tmpdir(), "hub-xff-"));
const output: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        DATABASE_DIRECT_URL: "",
        TRUSTED_PROXY_HOPS: "0",
        SIGN_UPS_PER_ADDRESS_PER_HOUR: String(signUpsPerAddress),
        APP_ENCRYPTION_KEY: "spoofed-xff-test-key-0123456789abcdef",
        INSECURE_COOKIES: "1",
        BACKGROUND_JOBS: "0",
        LOG_LEVEL: "error",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output.join("")}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`next start did not come up: ${output.join("")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 120_000);

afterAll(() => {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

let octet = 1;
const spoofed = () => {
  octet += 1;
  return { "x-forwarded-for": `203.0.113.${octet}`, "x-real-ip": `198.51.100.${octet}` };
};

describe("per-address throttling with no trusted proxy", () => {
  it("counts a client that forges X-Forwarded-For and X-Real-IP on every request as its one socket address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= signUpsPerAddress; i++) {
      const res = await fetch(`${url}/api/auth/sign-up`, {
        method: "POST",
        headers: { "content-type": "application/json", ...spoofed() },
        body: JSON.stringify({
          email: `xff-${randomUUID()}@example.com`,
          password: "una-clave-larga-1",
          name: "Xavier Flores",
        }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, signUpsPerAddress)).toEqual(Array(signUpsPerAddress).fill(201));
    expect(statuses[signUpsPerAddress]).toBe(429);
  });
});
