// Next calls register() once when a server process starts. The Node runtime starts the background
// jobs (outbox sender, provisioning resumer, 24-hour sweep, contacts refresh); see lib/provisioning/background-jobs.ts
// for why an in-process timer is safe with several instances.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundJobs } = await import("./lib/provisioning/background-jobs");
  startBackgroundJobs();
}
