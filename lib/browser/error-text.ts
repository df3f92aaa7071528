import { ApiClientError } from "@/lib/browser/fetch-json";
import { errorValues } from "@/lib/i18n/error-values";
import type { MessageKey, Translate } from "@/lib/i18n/types";

// A reason is looked up by its name, which the server sends as data; the translator gives the key back
// when the dictionary has no such entry, and then the server's own words are the better answer.
function lookup(t: Translate, key: string, values?: Record<string, string | number>): string | undefined {
  const text = t(key as MessageKey, values);
  return text === key ? undefined : text;
}

/** A failure the server described (an error body, or a section's failed state): its reason's text, else its words. */
export function problemText(problem: { message?: string; details?: Record<string, unknown> }, t: Translate) {
  const reason = problem.details?.reason;
  const text = typeof reason === "string" ? lookup(t, `apiErrors.${reason}`, errorValues(problem.details)) : undefined;
  return text ?? (problem.message || undefined);
}

/** What to tell the user about a failed request, in their language: by its reason, else a fallback. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiClientError) {
    if (error.code === "network_error") return t("common.networkError");
    const text = problemText(error, t);
    if (text) return text;
  }
  return t("common.unexpectedError");
}

/** A field problem's text: the field reason translated, else the message as it came. */
export function fieldText(reasonOrMessage: string, t: Translate): string {
  return lookup(t, `fieldErrors.${reasonOrMessage}`) ?? reasonOrMessage;
}

/** A failed request's field problems, translated, keyed by field name ({} when it has none). */
export function fieldErrorTexts(error: unknown, t: Translate): Record<string, string[]> {
  if (!(error instanceof ApiClientError)) return {};
  const reasons = error.fieldReasons;
  return Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, messages]) => [
      field,
      messages.map((message, i) => {
        const reason = reasons[field]?.[i];
        return reason ? fieldText(reason, t) : message;
      }),
    ]),
  );
}
