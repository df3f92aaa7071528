// Next calls register() once when a server process starts. The Node runtime starts the background
// jobs (outbox sender, provisioning resumer, 24-hour sweep, contacts refresh); see lib/provisioning/background-jobs.ts
// for why an in-process timer is safe with several instances.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;

  // Per-address throttling needs the TCP peer's address, which route handlers cannot see otherwise.
  const { installSocketAddressStamp } = await import("./lib/api/socket-address");
  installSocketAddressStamp();

  // Schema first: Next waits for register() before serving, so no request and no background job
  // meets a database that lacks this build's migrations. Throws, and the server stops, if it cannot.
  const { migrateAtStart } = await import("./lib/db/migrate-at-start");
  await migrateAtStart();

  if (process.env.NODE_ENV === "production" && !process.env.APP_URL) {
    // Said once at start, where an operator looks: until it is set, links answer 503 (lib/api/public-origin.ts).
    // Info, not a warning: a local production build (tests, on-premise on localhost) runs fine without it.
    const { log } = await import("./lib/log");
    log.info("APP_URL is not set: mailed links and webhook URLs work only for requests to localhost", {
      fix: "set APP_URL to the Hub's public URL",
    });
  }

  const { startBackgroundJobs } = await import("./lib/provisioning/background-jobs");
  startBackgroundJobs();
}
