import type { Execution } from "./automation-types";

/**
 * n8n retries only a run that ended without success (error, crashed, canceled), and a run already
 * retried successfully would just run twice.
 */
export function canRetry(e: Pick<Execution, "status" | "retrySuccessId">): boolean {
  return (e.status === "error" || e.status === "crashed" || e.status === "canceled") && !e.retrySuccessId;
}

export const isFailure = (status: string) => status === "error" || status === "crashed";
