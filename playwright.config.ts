import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against a production
// build (`next start`) and the sandbox, each on its own port and with a fresh embedded database.
const hubPort = Number(process.env.E2E_PORT ?? 3100);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4199);
const dataDir = `.data/e2e-${hubPort}`;
// Test-only keys; the secrets suite checks that neither value reaches the browser.
export const e2eServerSecrets = {
  APP_ENCRYPTION_KEY: "e2e-encryption-key-never-in-a-bundle-0001",
  SMARTEROS_SERVICE_KEY: "e2e-service-key-never-in-a-bundle-0002",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Two cores: one for the server, one for the browser.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${hubPort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `npx tsx sandbox/main.ts`,
      url: `http://127.0.0.1:${sandboxPort}/__sandbox/sent`,
      env: { SANDBOX_PORT: String(sandboxPort) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Sockets stay open longer than any pause in a spec: Playwright's request context reuses an
      // idle socket, and Node's 5 s default closed some under it (ECONNRESET on a plain GET).
      command: `rm -rf ${dataDir} && npx next start --port ${hubPort} --keepAliveTimeout 65000`,
      url: `http://localhost:${hubPort}/api/health`,
      env: {
        DATA_DIR: dataDir,
        ...e2eServerSecrets,
        INSECURE_COOKIES: "1",
        ALLOW_PRIVATE_UPSTREAMS: "1",
        SANDBOX_PORT: String(sandboxPort),
        LOG_LEVEL: "error",
        NEXT_TELEMETRY_DISABLED: "1",
        // The suite creates dozens of accounts from one address; the limit itself is tested in Vitest.
        SIGN_UPS_PER_ADDRESS_PER_HOUR: "100000",
        // The per-address throttle spec plays several client addresses through X-Forwarded-For.
        TRUSTED_PROXY_HOPS: "1",
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
