/** Per-client knobs shared by the three adapters (tests shorten timeouts and backoff). */
export interface ClientOptions {
  tenantId?: string;
  timeoutMs?: number;
  retries?: number;
  backoff?: { baseMs: number; maxMs: number };
  maxBytes?: number;
}
