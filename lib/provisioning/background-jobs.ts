import "server-only";
import { deleteStalePendingSignUps } from "@/lib/auth/sign-up-verification";
import { refreshStaleContacts } from "@/lib/contacts/sync-contacts";
import { servicePathDb } from "@/lib/db/privileged";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { cancelUnconfirmedSignups } from "@/lib/onboarding/cancel-unconfirmed";
import { deliverDueMessages } from "@/lib/outbox/sender";
import { defaultTransport } from "@/lib/outbox/transports";
import { resumeStalledRuns } from "./resume-runs";
import { smarterosServices } from "./smarteros-services";

// There is no job runner: each server process runs these on a timer, started once from
// instrumentation.ts. That is safe with any number of instances because every job is a set of
// idempotent statements that claim their work in the database (SKIP LOCKED for the outbox, the lease
// for provisioning runs, conditional UPDATEs and DELETEs for the sweep); instances only share the work.
// On serverless hosts, where a process may not outlive its request, call the same functions from a
// cron route instead.
const TICK_MS = 2_000;
const SWEEP_EVERY_MS = 5 * 60_000;
const CONTACTS_EVERY_MS = 60_000;

const globalJobs = globalThis as typeof globalThis & { __hubJobs?: NodeJS.Timeout };

export function startBackgroundJobs() {
  if (globalJobs.__hubJobs || env.BACKGROUND_JOBS === "0" || env.BACKGROUND_JOBS === "false") return;
  let busy = false;
  let lastSweep = 0;
  let lastContacts = Date.now();
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const db = await servicePathDb();
      await deliverDueMessages(db, defaultTransport());
      await resumeStalledRuns({ db, services: smarterosServices() });
      if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        const cancelled = await cancelUnconfirmedSignups(db);
        if (cancelled.length) log.info("unconfirmed signups cancelled", { count: cancelled.length });
        await deleteStalePendingSignUps(db);
      }
      if (Date.now() - lastContacts > CONTACTS_EVERY_MS) {
        lastContacts = Date.now();
        await refreshStaleContacts(db);
      }
    } catch (error) {
      log.warn("background jobs tick failed", { error: String(error) });
    } finally {
      busy = false;
    }
  };
  globalJobs.__hubJobs = setInterval(tick, TICK_MS);
  // A timer must not keep a finished process (a build, a script) alive.
  globalJobs.__hubJobs.unref();
}
