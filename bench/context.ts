// Where the bench's own servers live: loopback ports and folders no other run uses.
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
export const hubPort = Number(process.env.BENCH_PORT ?? 3130);
export const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT ?? 4230);
export const hubUrl = `http://127.0.0.1:${hubPort}`;
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
export const distDir = ".next-bench";
export const dataDir = ".data/bench";
/** Conversations the sandbox seeds: the list the browser scrolls. */
export const conversationScale = 10_000;
/** Seeded with 2,100 messages (sandbox/seed/chatwoot.ts BIG_THREAD_MESSAGES). */
export const bigThreadId = 1;

export const chatwoot = {
  baseUrl: `${sandboxUrl}/chatwoot`,
  accountId: 1,
  token: "sandbox-chatwoot-token",
};
export const chatwootApi = `${chatwoot.baseUrl}/api/v1/accounts/${chatwoot.accountId}`;

// Bench-only keys for a throwaway database; never used anywhere else.
export const serverSecrets = {
  APP_ENCRYPTION_KEY: "bench-encryption-key-not-a-secret-000001",
  SMARTEROS_SERVICE_KEY: "bench-service-key-not-a-secret-000002",
};
