import { ApiClientError } from "@/lib/browser/fetch-json";
import type { Translate } from "@/lib/i18n/types";

/** What to tell the user about a failed request: the server's words, or a translated fallback. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiClientError) {
    if (error.code === "network_error") return t("common.networkError");
    if (error.message) return error.message;
  }
  return t("common.unexpectedError");
}
