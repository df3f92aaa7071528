// Starts `npm run dev` as a newcomer would and watches what a real browser sees in its first
// minute: page loads (a Fast Refresh full reload is one more), the dev log's `Compiled` lines, and
// whether what the user typed is still there. Shared by scripts/dev-reload-check.ts (several cold
// starts, by hand) and tests/dev/dev-server.after-build.test.ts (one start, in `npm test`).
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const demoUser = { email: "demo@smarterbot.cl", password: "smarteros-demo", slug: "demo" };

export type DevServer = {
  port: number;
  dataDir: string;
  /** Everything `npm run dev` wrote so far (Hub, sandbox and dev script together). */
  output: () => string;
  /** Resolves once the output matches, or rejects when the process exits first. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<void>;
  stop: () => Promise<void>;
};

// Next prints this once the dev server listens (`✓ Ready in 1234ms`).
export const readyLine = /Ready in \d/;
// Turbopack prints one of these per rebuild it sends to the browser (`✓ Compiled in 3ms`).
export const compiledLine = /Compiled\b/g;

/**
 * `npm run dev` with its own ports and a fresh DATA_DIR (emptied first), in its own process group so
 * stopping it stops Next and the sandbox too.
 */
export function startDev(options: { port: number; sandboxPort: number; dataDir: string }): DevServer {
  const { dataDir } = options;
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    SANDBOX_PORT: String(options.sandboxPort),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    // Without a colour terminal Next still prints the same lines; this keeps them free of escapes.
    NO_COLOR: "1",
  };
  // A test runner's own settings must not leak into the dev server: it is the newcomer's `npm run dev`.
  for (const key of ["NODE_ENV", "DATABASE_URL", "DATABASE_DIRECT_URL", "NEXT_DIST_DIR", "APP_ENCRYPTION_KEY"]) {
    delete env[key];
  }
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];

  const chunks: string[] = [];
  const child: ChildProcess = spawn("npm", ["run", "dev"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    chunks.push(String(d));
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const output = () => chunks.join("");

  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output())) done(resolve);
        else if (child.exitCode !== null) done(() => reject(new Error(`npm run dev exited:\n${output()}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output()}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      child.once("exit", check);
      check();
    });

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      try {
        process.kill(-(child.pid ?? 0), "SIGKILL");
      } catch {
        // the group is gone already
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  return { port: options.port, dataDir, output, waitFor, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // HEADFUL=1 (under xvfb-run on a machine without a display) drives a windowed browser, as a person would.
    headless: process.env.HEADFUL !== "1",
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}

export type PageWatch = {
  /** Loads of the page's main document: 1 is the first visit, every one after it a reload. */
  loads: () => number;
  /** The URL of every main-document load, in order. */
  loadUrls: () => string[];
  /** HMR messages that make the browser reload, refetch the page, or apply a module update. */
  reloadMessages: () => string[];
  /** How many HMR messages of each type the dev server sent. */
  hmrTypes: () => Record<string, number>;
  /**
   * Turbopack updates of type `restart` (the browser runtime reloads on each) and `reloadPage`
   * messages saying "HMR hash mismatch": the two halves of the loop seen on Next 16.4, where a new
   * page's chunk-list subscription answers `restart` at once with no file edited.
   */
  loopSignals: () => { restarts: number; hashMismatches: number };
  /** Browser console lines (Fast Refresh says there why it reloads). */
  console: () => string[];
};

/** Counts every load of the page's main document from now on, and the HMR messages it receives. */
export function watchPage(page: Page): PageWatch {
  const loadUrls: string[] = [];
  const reloadMessages: string[] = [];
  const hmrTypes: Record<string, number> = {};
  const consoleLines: string[] = [];
  const loopSignals = { restarts: 0, hashMismatches: 0 };
  // A document request of the main frame is a page load; a redirect's next hop is the same load.
  // (framenavigated would also count history.replaceState, which the router does on its own.)
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.redirectedFrom()) {
      loadUrls.push(request.url());
    }
  });
  page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on("websocket", (socket) => {
    socket.on("framereceived", ({ payload }) => {
      // Next's HMR socket sends JSON messages with a `type`, and binary ones (React debug chunks).
      if (typeof payload !== "string" || !payload.startsWith("{")) return;
      const type = hmrMessageType(payload) ?? "unknown";
      hmrTypes[type] = (hmrTypes[type] ?? 0) + 1;
      if (type === "reloadPage" || type === "serverComponentChanges" || type === "turbopack-message") {
        reloadMessages.push(payload.slice(0, 400));
      }
      if (type === "turbopack-message" && payload.includes('"type":"restart"')) loopSignals.restarts++;
      if (type === "reloadPage" && payload.includes("HMR hash mismatch")) loopSignals.hashMismatches++;
    });
  });
  return {
    loads: () => loadUrls.length,
    loadUrls: () => loadUrls,
    reloadMessages: () => reloadMessages,
    hmrTypes: () => hmrTypes,
    loopSignals: () => ({ ...loopSignals }),
    console: () => consoleLines,
  };
}

function hmrMessageType(payload: string): string | undefined {
  try {
    const message: unknown = JSON.parse(payload);
    return typeof message === "object" && message && "type" in message ? String(message.type) : undefined;
  } catch {
    return undefined;
  }
}

/** Signs in through the form with the demo user and waits for the demo workspace. */
export async function signInAsDemo(page: Page, baseUrl: string, timeoutMs = 60_000) {
  if (!page.url().startsWith(`${baseUrl}/sign-in`)) await page.goto(`${baseUrl}/sign-in`);
  await page.locator("#email").fill(demoUser.email);
  await page.locator("#password").fill(demoUser.password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(new RegExp(`^${escapeRegExp(baseUrl)}/${demoUser.slug}(/|$)`), { timeout: timeoutMs });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const countCompiled = (text: string) => (text.match(compiledLine) ?? []).length;
