import { UpstreamError, type UpstreamService } from "../upstream-error";
import { BodyTooLargeError } from "./body";
import { BlockedAddressError } from "./upstream-agent";

function causeCode(e: unknown): string | undefined {
  let cur: unknown = e;
  // undici wraps socket errors: TypeError("fetch failed") → cause { code: "ECONNREFUSED" } (sometimes nested).
  for (let depth = 0; depth < 4 && cur && typeof cur === "object"; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The connector's refusal, wherever fetch wrapped it. */
function blockedAddress(e: unknown): BlockedAddressError | undefined {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur && typeof cur === "object"; depth++) {
    if (cur instanceof BlockedAddressError) return cur;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isTimeout(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.name === "TimeoutError") return true;
  const code = causeCode(e);
  return code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "ETIMEDOUT";
}

/** A thrown fetch/read failure → our error. Network trouble is unavailable; our own deadline is timeout. */
export function errorFromThrown(service: UpstreamService, e: unknown): UpstreamError {
  if (e instanceof UpstreamError) return e;
  if (e instanceof BodyTooLargeError) {
    return new UpstreamError("upstream_bad_response", service, { upstreamMessage: e.message, cause: e });
  }
  const blocked = blockedAddress(e);
  if (blocked)
    return new UpstreamError("upstream_address_blocked", service, { upstreamMessage: blocked.host, cause: e });
  if (isTimeout(e)) return new UpstreamError("upstream_timeout", service, { cause: e });
  const code = causeCode(e);
  return new UpstreamError("upstream_unavailable", service, { upstreamMessage: code, cause: e });
}

/** Only failures that happened before the request could have had an effect, or that are transient. */
export function isRetryableThrown(e: unknown): boolean {
  // A refused address stays refused: asking again would only resolve and refuse again.
  if (e instanceof BodyTooLargeError || e instanceof UpstreamError || blockedAddress(e)) return false;
  // The pool is at its origin bound (upstream-agent.ts): a moment later it still is.
  if (causeCode(e) === "UND_ERR_MAX_ORIGINS_REACHED") return false;
  // A timed-out GET is not retried: the caller's deadline is the ceiling a user waits for.
  return !isTimeout(e);
}
