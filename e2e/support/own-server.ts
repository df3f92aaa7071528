import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { e2eServerSecrets } from "../../playwright.config";
import { freePort } from "../../tests/support/next-start";

// A spec that must read the server's own output (what it logs while an upstream fails) starts its
// own `next start` of the same build: Playwright's webServer prints its output but gives a spec no
// way to read it.

export type OwnServer = {
  url: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts the production build on a free port with a fresh embedded database, like the e2e server. */
export async function startOwnServer(label: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = `.data/e2e-${label}-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const chunks: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        ...e2eServerSecrets,
        INSECURE_COOKIES: "1",
        ALLOW_PRIVATE_UPSTREAMS: "1",
        SANDBOX_PORT: process.env.E2E_SANDBOX_PORT ?? "4199",
        LOG_LEVEL: "error",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stopping it also stops anything it started.
      detached: true,
    },
  );
  child.stdout?.on("data", (d) => chunks.push(String(d)));
  child.stderr?.on("data", (d) => chunks.push(String(d)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  const output = () => chunks.join("");

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output()}`);
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not come up: ${output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Lines that mean the server lost track of a failure: a rejection or exception nobody handled (Node
 * and Next print these), or an error the API wrapper had to turn into a 500.
 */
export const unhandledPattern = /unhandledRejection|uncaughtException|unhandled api error|Unhandled Rejection/i;
