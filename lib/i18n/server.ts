import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { createTranslator, dictionaries, toLocale } from "./translate";
import { LOCALE_COOKIE } from "./types";

/** The request's locale (cookie, else es-CL) with its translator, for server components. */
export const getI18n = cache(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = dictionaries[locale];
  return { locale, messages, t: createTranslator(messages) };
});
