import { QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiClientError } from "@/lib/browser/fetch-json";

const noRetry = new Set([400, 401, 403, 404, 409, 422, 429]);
// The server already waited out its deadline, or the service asked for a pause (Retry-After): asking
// again at once would triple the user's wait on a hung service and press one that is shedding load.
const noRetryCodes = new Set(["upstream_timeout", "upstream_rate_limited", "upstream_address_blocked"]);

export function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // A session that ended elsewhere (sign-out in another tab, revoked) sends the user to sign in.
        if (error instanceof ApiClientError && error.status === 401 && typeof window !== "undefined") {
          window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
        }
      },
    }),
    defaultOptions: {
      queries: {
        // Most Hub data changes through live events or the user's own mutations, which invalidate;
        // 30 s keeps tab switches instant without showing old data for long.
        staleTime: 30_000,
        // Client errors will not fix themselves; network and other 5xx get two more tries.
        retry: (count, error) =>
          !(error instanceof ApiClientError && (noRetry.has(error.status) || noRetryCodes.has(error.code))) &&
          count < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
