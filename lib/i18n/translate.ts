import { en } from "./messages/en";
import { esCL } from "./messages/es-CL";
import { defaultLocale, type Locale, locales, type Messages } from "./types";

export { createTranslator } from "./create-translator";

// Two locales, no locale in the URL and type-checked keys: a dictionary and a lookup do all of it,
// so no i18n library is pulled into every page's bundle.
export const dictionaries: Record<Locale, Messages> = { "es-CL": esCL, en };

export function toLocale(value: string | undefined | null): Locale {
  return (locales as readonly string[]).includes(value ?? "") ? (value as Locale) : defaultLocale;
}
